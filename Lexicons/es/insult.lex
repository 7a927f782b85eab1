@format decorum-lexicon 1
@language es
# Spanish insults: words and fixed phrases aimed at a person.
# Feminine and plural forms come from inflections.txt (o-a, on-ona, s, es).
# term                       | category  | severity | flags

# --- the "son of a bitch" family (all regions) ---
hijo de puta                 | insult    | 4        | common
hija de puta                 | insult    | 4        | common
hijos de puta                | insult    | 4        | common
hijas de puta                | insult    | 4        | common
hijo de la gran puta         | insult    | 4        |
hija de la gran puta         | insult    | 4        |
hijo de tu puta madre        | insult    | 4        |
hijo de su puta madre        | insult    | 4        |
hijo de remil putas          | insult    | 4        |                        # Argentina
hijo de la chingada          | insult    | 4        |                        # Mexico
hijoputa                     | insult    | 4        | infl=s
hijaputa                     | insult    | 4        | infl=s
joputa                       | insult    | 4        | infl=s                 # Spain, Andalusia
hijo de perra                | insult    | 3        |
hija de perra                | insult    | 3        |
malparido                    | insult    | 4        | infl=o-a               # Colombia
malnacido                    | insult    | 3        | infl=o-a
bastardo                     | insult    | 3        | infl=o-a

# --- strong insults, Spain ---
gilipollas                   | insult    | 3        |                        # invariable in number
cabrón                       | insult    | 3        | prefix, infl=on-ona    # prefix: cabronazo, cabronada; also "male goat"
capullo                      | insult    | 2        | infl=o-a               # also "flower bud", "cocoon"
mamón                        | insult    | 3        | infl=on-ona
mamonazo                     | insult    | 3        | infl=s
soplapollas                  | insult    | 3        |
chupapollas                  | insult    | 3        |
tontopollas                  | insult    | 3        |
comepollas                   | insult    | 3        |
mamapollas                   | insult    | 3        |
carapolla                    | insult    | 3        | infl=s
pichafloja                   | insult    | 3        | infl=s
lameculos                    | insult    | 3        |
chupaculos                   | insult    | 3        |
caraculo                     | insult    | 3        | infl=s
tonto del culo               | insult    | 2        |
tonta del culo               | insult    | 2        |
tontolculo                   | insult    | 2        |
tontolaba                    | insult    | 2        |
comemierda                   | insult    | 3        | infl=s
mierdecilla                  | insult    | 2        | infl=s
tocapelotas                  | insult    | 2        |
tocahuevos                   | insult    | 2        |
tocacojones                  | insult    | 3        |
malfollado                   | insult    | 3        | infl=o-a
cagón                        | insult    | 2        | infl=on-ona
subnormal                    | insult    | 3        | infl=es                # disability-derived, the usual Spanish insult
mongolo                      | insult    | 3        | infl=o-a               # disability-derived; mongólico is in hate.lex

# --- strong insults, Latin America ---
pendejo                      | insult    | 3        | infl=o-a               # Mexico, Caribbean, Andes; Argentina: "kid"
culero                       | insult    | 3        | infl=o-a               # Mexico
ojete                        | insult    | 2        | infl=s                 # Mexico: "jerk"; Argentina: "arse" (see sexual.lex)
naco                         | insult    | 2        | infl=o-a               # Mexico, classist
pelotudo                     | insult    | 3        | infl=o-a               # Argentina, Uruguay
boludo                       | insult    | 2        | infl=o-a               # Argentina, Uruguay; often friendly
conchudo                     | insult    | 3        | infl=o-a
sorete                       | insult    | 3        | infl=s                 # Argentina: "turd"
garca                        | insult    | 3        | infl=s                 # Argentina: crook
chupapija                    | insult    | 3        | infl=s
chupamedias                  | insult    | 1        |                        # bootlicker, mild
huevón                       | insult    | 2        | infl=on-ona            # Chile, Peru, Venezuela; often friendly
hueón                        | insult    | 2        | infl=on-ona
weón                         | insult    | 2        | infl=on-ona
güevón                       | insult    | 2        | infl=on-ona
aweonao                      | insult    | 3        | infl=s                 # Chile
ahuevonado                   | insult    | 3        | infl=o-a
culiao                       | insult    | 3        | infl=s                 # Chile, Argentina (Córdoba)
culiado                      | insult    | 3        | infl=o-a
ql                           | insult    | 3        |                        # Chile: culiao
qlo                          | insult    | 3        |
saco de wea                  | insult    | 3        |
cojudo                       | insult    | 3        | infl=o-a               # Peru, Bolivia, Ecuador
gonorrea                     | insult    | 3        | infl=s                 # Colombia: insult; also the disease (rare in support text)
pirobo                       | insult    | 3        | infl=o-a               # Colombia
carechimba                   | insult    | 3        | infl=s                 # Colombia
mamagüevo                    | insult    | 3        | infl=s                 # Venezuela, Dominican Republic; also covers "mamaguevo" (ü folds to u)
mamahuevo                    | insult    | 3        | infl=s
mmg                          | insult    | 3        |                        # Dominican Republic: mamagüevo
pajúo                        | insult    | 2        | infl=s                 # Venezuela
mamabicho                    | insult    | 3        | infl=s                 # Puerto Rico
cerote                       | insult    | 3        | infl=s                 # Guatemala, Honduras
gvn                          | insult    | 2        |                        # güevón

# --- moderate insults, all regions ---
imbécil                      | insult    | 3        | infl=es
idiota                       | insult    | 2        | infl=s
estúpido                     | insult    | 2        | infl=o-a
cretino                      | insult    | 2        | infl=o-a
tarado                       | insult    | 2        | infl=o-a
lerdo                        | insult    | 2        | infl=o-a
majadero                     | insult    | 2        | infl=o-a
mentecato                    | insult    | 2        | infl=o-a
zopenco                      | insult    | 2        | infl=o-a
cenutrio                     | insult    | 2        | infl=o-a
ceporro                      | insult    | 2        | infl=o-a
palurdo                      | insult    | 2        | infl=o-a
paleto                       | insult    | 2        | infl=s                 # not infl=o-a: "paleta" is a palette / lollipop
gañán                        | insult    | 2        | accents, infl=es       # accents: "ganan" (they earn) must not match
baboso                       | insult    | 2        | infl=o-a
desgraciado                  | insult    | 2        | infl=o-a
escoria                      | insult    | 2        |
canalla                      | insult    | 2        | infl=s
cornudo                      | insult    | 2        | infl=o-a
pringado                     | insult    | 1        | infl=o-a
pringao                      | insult    | 1        |
tonto                        | insult    | 1        | infl=o-a
bobo                         | insult    | 1        | infl=s, bound          # fr "bobo" (bourgeois-bohème, boo-boo)
necio                        | insult    | 1        | infl=o-a
gilipuertas                  | insult    | 1        |
sinvergüenza                 | insult    | 1        | infl=s
soplagaitas                  | insult    | 2        |

# --- insults aimed at women ---
zorra                        | insult    | 3        | infl=s                 # not from "zorro" (fox, the character)
perra                        | insult    | 3        | infl=s                 # also "female dog"
guarra                       | insult    | 3        | infl=s
furcia                       | insult    | 3        | infl=s
ramera                       | insult    | 3        | infl=s
golfa                        | insult    | 2        | infl=s
putón                        | insult    | 3        | infl=es
zorrón                       | insult    | 3        | infl=es
pelandusca                   | insult    | 2        | infl=s
perra sarnosa                | insult    | 3        |

# --- fixed phrases (the copula + insult) ---
eres un inútil               | insult    | 2        |
eres una inútil              | insult    | 2        |
sois unos inútiles           | insult    | 2        |
son unos inútiles            | insult    | 2        |
eres un anormal              | insult    | 3        |
sos un forro                 | insult    | 3        |                        # Argentina; "forro" alone = phone case, lining
pedazo de mierda             | insult    | 3        |
pedazo de animal             | insult    | 2        |
cara de culo                 | insult    | 2        |
cerdo asqueroso              | insult    | 2        |
cerda asquerosa              | insult    | 2        |
gorda asquerosa              | insult    | 3        |
pajero                       | insult    | 3        | infl=o-a               # also a Mitsubishi car model (review)
pajillero                    | insult    | 3        | infl=o-a
