@format decorum-lexicon 1
@language de
# German sexual vocabulary used vulgarly: body terms, acts, explicit requests.
# Obscene verbs carry their conjugated forms through infl= (inflections.txt).
# term                  | category  | severity | flags

# --- ficken and its family ---
# infl=verb gives fick, ficke, fickst, fickt, fickte, ..., fickend, gefickt;
# prefix then catches Fickfehler, Fickerei, gefickte, fickrig.
ficken                  | sexual    | 3        | infl=verb, prefix, bound   # en "fickle"
durchficken             | sexual    | 3        | infl=verb-noge
durchgefickt            | sexual    | 3        | infl=adj
rumficken               | sexual    | 3        | infl=verb-noge
Arschfick               | sexual    | 3        | infl=e-en
Tittenfick              | sexual    | 3        | infl=e-en

# --- other verbs for sex and masturbation ---
bumsen                  | sexual    | 2        | infl=verb, bound           # en "bums"
vögeln                  | sexual    | 2        | infl=verb-eln
pimpern                 | sexual    | 2        |
gepimpert               | sexual    | 2        |
wichsen                 | sexual    | 3        | infl=verb
wixen                   | sexual    | 3        | infl=verb
einen blasen            | sexual    | 3        |
blas mir einen          | sexual    | 4        |
einen runterholen       | sexual    | 3        |
hol dir einen runter    | sexual    | 3        |
Schwanz lutschen        | sexual    | 4        |
lutsch meinen Schwanz   | sexual    | 4        |
leck meine Muschi       | sexual    | 4        |

# --- body terms used vulgarly ---
Schwanz                 | sexual    | 2        |                  # also "tail": whole word only (no prefix: Schwanzflosse)
Pimmel                  | sexual    | 2        | infl=s
Beidl                   | sexual    | 3        |                  # Austrian
Möse                    | sexual    | 3        | infl=n, bound    # es "mosén"
Muschi                  | sexual    | 2        | infl=s           # also pet name for a cat
Titten                  | sexual    | 3        | prefix           # Tittenbar, Tittenfoto
Titte                   | sexual    | 3        |
Arschfotze              | sexual    | 4        | infl=n
Porno                   | sexual    | 2        | prefix           # Pornofilm, Pornoseite (Pornografie allowlisted)
Nacktbilder             | sexual    | 3        | infl=n
Nacktfotos              | sexual    | 3        |
Dickpic                 | sexual    | 3        | infl=s
notgeil                 | sexual    | 3        | infl=adj
spermageil              | sexual    | 4        | infl=adj

# --- explicit requests ---
zeig mir deine Titten   | sexual    | 4        |
zeig mir deine Brüste   | sexual    | 4        |
schick mir Nacktbilder  | sexual    | 4        |
schick mir Nacktfotos   | sexual    | 4        |
Sex mit dir             | sexual    | 3        |
Bock auf Sex            | sexual    | 3        |
willst du mit mir schlafen | sexual | 3        |
zieh dich aus           | sexual    | 3        |
