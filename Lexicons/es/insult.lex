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
cabrón                       | insult    | 3        | common, prefix, infl=on-ona  # prefix: cabronazo, cabronada; also "male goat"
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
subnormal                    | insult    | 3        | bound, infl=es   # bound: en "subnormal" (temperature, maths); disability-derived, the usual Spanish insult
mongolo                      | insult    | 3        | infl=o-a               # disability-derived; mongólico is in hate.lex

# --- strong insults, Latin America ---
pendejo                      | insult    | 3        | common, infl=o-a      # Mexico, Caribbean, Andes; Argentina: "kid"
culero                       | insult    | 3        | bound, infl=o-a  # bound: fr "culeras"; Mexico
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
escoria                      | insult    | 2        | addressed, infl=s      # also slag (metallurgy)
canalla                      | insult    | 2        | infl=s
cornudo                      | insult    | 2        | infl=o-a
pringado                     | insult    | 1        | addressed, infl=o-a # "pringar": to dip, smear; "Soy una pringada" (YouTube channel)
pringao                      | insult    | 1        | addressed
tonto                        | insult    | 1        | addressed, infl=o-a # "una pregunta tonta", "sonrisa tonta", "hacerse el tonto"
bobo                         | insult    | 1        | infl=s, bound          # fr "bobo" (bourgeois-bohème, boo-boo)
necio                        | insult    | 1        | infl=o-a
gilipuertas                  | insult    | 1        |
sinvergüenza                 | insult    | 1        | infl=s
soplagaitas                  | insult    | 2        |

# --- insults aimed at women ---
zorra                        | insult    | 3        | infl=s                 # not from "zorro" (fox, the character)
perra                        | insult    | 3        | addressed, infl=s      # also "female dog" (pet shops, vets)
guarra                       | insult    | 3        | infl=s
furcia                       | insult    | 3        | infl=s
ramera                       | insult    | 3        | bound, infl=s    # bound: fr "rameras" (will row)
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

# ======================================================================
# Round 2. `addressed`: the entry only counts after a cue from address.txt
# ("eres un", "pedazo de", "so", "oye"...) or as a vocative alone in its clause,
# because its ordinary sense (animal, food, object, adjective) is common.
# ======================================================================

# --- stupidity, everyday register ---
menso                        | insult    | 2        | bound, infl=o-a  # Mexico; bound: en "Mensa", de "Mensa" (canteen)
zonzo                        | insult    | 1        | infl=o-a
sonso                        | insult    | 1        | infl=o-a         # Southern Cone spelling
tontorrón                    | insult    | 1        | infl=on-ona
tontaina                     | insult    | 1        | infl=s
bobalicón                    | insult    | 1        | infl=on-ona
pazguato                     | insult    | 1        | infl=o-a
papanatas                    | insult    | 1        |
pasmarote                    | insult    | 1        | infl=s
panoli                       | insult    | 1        | infl=s
pánfilo                      | insult    | 1        | infl=o-a
lelo                         | insult    | 1        | bound, infl=o-a  # bound: en "Lela" (name)
alelado                      | insult    | 1        | addressed, infl=o-a # "estoy alelado" (dazed) is common
atontado                     | insult    | 1        | addressed, infl=o-a # "estoy atontado con la medicación"
zoquete                      | insult    | 2        | addressed, infl=s # also a chunk of wood; Argentina "ankle sock"
zote                         | insult    | 2        | bound, infl=s    # bound: de "Zote"
mastuerzo                    | insult    | 2        | addressed, infl=s # also cress (plant)
berzotas                     | insult    | 2        |
merluzo                      | insult    | 1        | addressed, infl=s   # also a large hake; not o-a: "merluza" = hake
besugo                       | insult    | 1        | addressed, infl=s # sea bream
percebe                      | insult    | 1        | addressed, infl=s # goose barnacle
mendrugo                     | insult    | 1        | addressed, infl=s # crust of stale bread
alcornoque                   | insult    | 2        | addressed, infl=s # cork oak
cabeza de alcornoque         | insult    | 2        |
adoquín                      | insult    | 1        | addressed, infl=es # paving stone
tarugo                       | insult    | 2        | addressed, infl=s # wooden peg; Mexico "dimwit"
bodoque                      | insult    | 1        | addressed, infl=s
cabeza de chorlito           | insult    | 1        |
cabeza hueca                 | insult    | 1        | addressed        # "tornillo de cabeza hueca" (socket-head screw)
memo                         | insult    | 1        | addressed, bound, infl=o-a # en/fr/de "memo"
tarambana                    | insult    | 1        | infl=s
botarate                     | insult    | 1        | infl=s
mequetrefe                   | insult    | 2        | infl=s
zascandil                    | insult    | 1        | infl=es
pelagatos                    | insult    | 1        |
oligofrénico                 | insult    | 3        | infl=o-a
tarúpido                     | insult    | 2        | infl=o-a         # Argentina: tarado + estúpido
pendejazo                    | insult    | 3        | infl=o-a
boludazo                     | insult    | 2        | infl=o-a
pelotudazo                   | insult    | 3        | infl=o-a
otario                       | insult    | 2        | infl=o-a         # Argentina, Uruguay
logi                         | insult    | 2        | bound, infl=s    # bound: fr "logis"; Argentina: "gilo" reversed
salame                       | insult    | 1        | addressed, infl=s # Argentina: salami
nabo                         | insult    | 2        | addressed, infl=s # turnip; Argentina "idiot", Spain also "penis"
pavo                         | insult    | 1        | addressed, infl=o-a # turkey; Argentina "fool"
turro                        | insult    | 2        | infl=o-a         # Argentina
chanta                       | insult    | 1        | bound, infl=s    # bound: fr "chanta" (sang); Argentina, Chile: fraud, bluffer
careta                       | insult    | 1        | addressed, infl=s # mask; Argentina "phoney"
sos un gil                   | insult    | 2        |                  # Argentina; "Gil" alone is a common surname
sos una gil                  | insult    | 2        |
flor de gil                  | insult    | 2        |
gil de mierda                | insult    | 3        |
giles                        | insult    | 2        | bound            # bound: en "Giles" (name)
gilazo                       | insult    | 2        | infl=s
forro                        | insult    | 3        | addressed, infl=s # Argentina "jerk"; lining, phone case
pajarón                      | insult    | 1        | infl=on-ona      # Chile
perkin                       | insult    | 1        | bound, infl=s    # bound: en "Perkins"; Chile
flaite                       | insult    | 2        | infl=s           # Chile, classist
aweonado                     | insult    | 3        | infl=o-a         # Chile
ahueonao                     | insult    | 3        | infl=s
saco de huevas               | insult    | 3        |
culicagado                   | insult    | 2        | infl=o-a         # Colombia
culicagao                    | insult    | 2        | infl=s
ñero                         | insult    | 2        | accents, infl=o-a # Colombia; accents: "Nero" (software, emperor)
gamín                        | insult    | 2        | bound, infl=es   # bound: en/fr "gamin"; Colombia
guiso                        | insult    | 1        | addressed, infl=s # stew; Colombia "tacky lowlife"
lambón                       | insult    | 1        | infl=on-ona      # Colombia: suck-up
gafo                         | insult    | 2        | infl=s           # Venezuela, Colombia; not o-a: "gafas" = glasses
bolsa                        | insult    | 1        | addressed, infl=s # bag; Venezuela "idiot"
cuaima                       | insult    | 2        | addressed, infl=s # Venezuela; also a snake
jalabolas                    | insult    | 2        |                  # Venezuela: bootlicker
jalamecate                   | insult    | 1        | infl=s
malandro                     | insult    | 2        | infl=o-a
buey                         | insult    | 1        | addressed, infl=es # ox; Mexico "dimwit"
lambiscón                    | insult    | 1        | infl=on-ona      # Mexico: suck-up
mandilón                     | insult    | 1        | infl=on-ona      # Mexico: henpecked
pollerudo                    | insult    | 1        | infl=o-a         # Argentina: henpecked

# --- animals (addressed) ---
burro                        | insult    | 2        | addressed, infl=o-a # also "burro de planchar"
asno                         | insult    | 2        | addressed, infl=o-a
borrico                      | insult    | 2        | addressed, infl=o-a
pollino                      | insult    | 1        | addressed, infl=o-a
acémila                      | insult    | 2        | addressed, infl=s
mula                         | insult    | 2        | addressed, infl=s
bestia                       | insult    | 2        | addressed, infl=s
bruto                        | insult    | 2        | addressed, infl=o-a # "peso bruto" (gross weight)
animal                       | insult    | 2        | addressed, bound, infl=es # en/fr "animal"
cabestro                     | insult    | 2        | addressed, infl=s
borrego                      | insult    | 2        | addressed, infl=o-a
ganso                        | insult    | 1        | addressed, infl=o-a
gallina                      | insult    | 1        | addressed, infl=s # coward
cerdo                        | insult    | 2        | addressed, infl=o-a
marrano                      | insult    | 2        | addressed, infl=o-a
puerco                       | insult    | 2        | addressed, infl=o-a
cochino                      | insult    | 2        | addressed, infl=o-a
gorrino                      | insult    | 2        | addressed, infl=o-a
guarro                       | insult    | 2        | addressed, infl=s # adjective "filthy"; "guarra" is listed above
rata                         | insult    | 2        | addressed, infl=s
ratero                       | insult    | 2        | addressed, infl=o-a # thief
víbora                       | insult    | 2        | addressed, infl=s
serpiente                    | insult    | 2        | addressed, infl=s
sabandija                    | insult    | 2        | addressed, infl=s
gusano                       | insult    | 2        | addressed, infl=s
parásito                     | insult    | 2        | addressed, infl=o-a
sanguijuela                  | insult    | 2        | addressed, infl=s
piojo                        | insult    | 1        | addressed, infl=s
cucaracha                    | insult    | 2        | addressed, infl=s
hiena                        | insult    | 2        | addressed, infl=s
buitre                       | insult    | 2        | addressed, infl=s
zángano                      | insult    | 2        | addressed, infl=o-a
sapo                         | insult    | 2        | addressed, infl=o-a # toad; snitch
lagarta                      | insult    | 2        | addressed, infl=s
mono                         | insult    | 2        | addressed, bound, infl=s # en/fr/de "mono"; Spain "mono" also "cute"
perro                        | insult    | 2        | addressed, infl=s
foca                         | insult    | 3        | addressed, infl=s # fat-shaming
vaca                         | insult    | 3        | addressed, infl=s
ballena                      | insult    | 3        | addressed, infl=s
morsa                        | insult    | 2        | addressed, infl=s
vacaburra                    | insult    | 3        | infl=s
bagre                        | insult    | 2        | addressed, infl=s # catfish; LatAm "ugly woman"
loro                         | insult    | 1        | addressed, infl=s
cacatúa                      | insult    | 1        | addressed, infl=s
cabrito                      | insult    | 1        | addressed, infl=s # kid goat; minced "cabrón"

# --- looks and body ---
gordo                        | insult    | 2        | addressed, infl=o-a # "premio gordo", "dedo gordo"; also affectionate
gordinflón                   | insult    | 2        | infl=on-ona
seboso                       | insult    | 2        | infl=o-a
enano                        | insult    | 2        | addressed, infl=o-a
adefesio                     | insult    | 2        | infl=s
esperpento                   | insult    | 2        | addressed, infl=s # also a literary genre
engendro                     | insult    | 3        | addressed, infl=s
aborto                       | insult    | 3        | addressed, infl=s # abortion (medical, "aborto del proceso")
feto                         | insult    | 2        | addressed, infl=s
cardo                        | insult    | 1        | addressed, infl=s # thistle
callo                        | insult    | 2        | addressed, infl=s # callus
mamarracho                   | insult    | 2        | infl=o-a
cara de verga                | insult    | 3        |
caraverga                    | insult    | 3        | infl=s
careverga                    | insult    | 3        | infl=s           # Colombia
cara de polla                | insult    | 3        |
cara de mierda               | insult    | 3        |
cara de pedo                 | insult    | 2        |
cara de rata                 | insult    | 2        |
caremonda                    | insult    | 3        | infl=s           # Colombia
care monda                   | insult    | 3        |
carenalga                    | insult    | 3        | infl=s           # Colombia
cabeza de pija               | insult    | 3        |                  # Argentina

# --- objects, rubbish, clowns (addressed) ---
basura                       | insult    | 3        | addressed, infl=s
lacra                        | insult    | 2        | addressed, infl=s
chusma                       | insult    | 2        | addressed        # Argentina also "gossip"
gentuza                      | insult    | 2        |
gentualla                    | insult    | 2        |
morralla                     | insult    | 2        | addressed        # small fry, small change
carroña                      | insult    | 2        | addressed
desecho humano               | insult    | 3        |
trozo de mierda              | insult    | 3        |
saco de mierda               | insult    | 3        |
payaso                       | insult    | 2        | addressed, infl=o-a
bufón                        | insult    | 1        | addressed, infl=on-ona
pelele                       | insult    | 2        | addressed, infl=s # straw dummy
títere                       | insult    | 1        | addressed, infl=s
monigote                     | insult    | 1        | addressed, infl=s
fantoche                     | insult    | 2        | bound, infl=s    # bound: fr "fantoche" (puppet)
petardo                      | insult    | 1        | addressed, infl=s # firecracker
plasta                       | insult    | 1        | addressed, infl=s
pelma                        | insult    | 1        | infl=s
pelmazo                      | insult    | 1        | infl=o-a

# --- old-fashioned and literary ---
bellaco                      | insult    | 2        | infl=o-a
bribón                       | insult    | 1        | infl=on-ona
truhán                       | insult    | 1        | infl=an-ana
rufián                       | insult    | 2        | infl=es
bergante                     | insult    | 2        | infl=s
belitre                      | insult    | 2        | infl=s
tunante                      | insult    | 1        | infl=s
granuja                      | insult    | 1        | infl=s
malandrín                    | insult    | 1        | infl=in-ina
perillán                     | insult    | 1        | infl=es
villano                      | insult    | 1        | addressed, infl=o-a # film and game villains
felón                        | insult    | 2        | bound, infl=on-ona # bound: en "felon" (legal term)
badulaque                    | insult    | 1        | infl=s
ganapán                      | insult    | 2        | infl=es
haragán                      | insult    | 1        | infl=an-ana
holgazán                     | insult    | 1        | infl=an-ana
gandul                       | insult    | 1        | addressed, infl=es # Spain "gandula" = deckchair; Puerto Rico pigeon pea
vago                         | insult    | 1        | addressed, infl=o-a # adjective "vague"
mala pécora                  | insult    | 2        |
pécora                       | insult    | 2        | infl=s
mal bicho                    | insult    | 2        |
arpía                        | insult    | 2        | addressed, infl=s
bruja                        | insult    | 2        | addressed, infl=s # witch (costumes, games)
pobre diablo                 | insult    | 1        |
don nadie                    | insult    | 1        |
muerto de hambre             | insult    | 2        | addressed        # "estoy muerto de hambre" (I'm starving)
hijo de su madre             | insult    | 2        |
patán                        | insult    | 2        | infl=es

# --- cheats, thieves, spongers, suck-ups ---
caradura                     | insult    | 1        | infl=s
jeta                         | insult    | 1        | addressed, infl=s # face
mangante                     | insult    | 2        | infl=s
chorizo                      | insult    | 2        | addressed, infl=s # Spain "thief"; sausage
ladrón                       | insult    | 1        | addressed, infl=on-ona
estafador                    | insult    | 1        | addressed, infl=or-ora
chupóptero                   | insult    | 2        | infl=o-a
vividor                      | insult    | 1        | infl=or-ora
gorrón                       | insult    | 1        | infl=on-ona
pelota                       | insult    | 1        | addressed, infl=s # ball; Spain "suck-up"
pelotillero                  | insult    | 1        | infl=o-a
lamebotas                    | insult    | 2        |
trepa                        | insult    | 1        | addressed, infl=s
chivato                      | insult    | 1        | addressed, infl=o-a # young goat; Uruguay sandwich
soplón                       | insult    | 1        | infl=on-ona
ortiva                       | insult    | 2        | infl=s           # Argentina

# --- cowards, braggarts, loudmouths ---
cobarde                      | insult    | 1        | addressed, infl=s
cagueta                      | insult    | 2        | infl=s
miedica                      | insult    | 1        | infl=s
calzonazos                   | insult    | 2        |
nenaza                       | insult    | 2        | infl=s
bocazas                      | insult    | 2        |
bocachancla                  | insult    | 2        | infl=s
fanfarrón                    | insult    | 1        | infl=on-ona
fantasma                     | insult    | 1        | addressed, infl=s # ghost; Spain "show-off"
cantamañanas                 | insult    | 1        |
charlatán                    | insult    | 1        | addressed, infl=an-ana
chulo                        | insult    | 2        | addressed, infl=s # Spain "cocky"/"pimp"; Mexico "cute"
chulo de putas               | insult    | 3        |
chuloputas                   | insult    | 3        |
macarra                      | insult    | 2        | infl=s
hortera                      | insult    | 1        | infl=s
cateto                       | insult    | 2        | addressed, infl=o-a # also a leg of a right triangle
garrulo                      | insult    | 2        | infl=o-a
cazurro                      | insult    | 2        | infl=o-a
pardillo                     | insult    | 1        | addressed, infl=o-a # linnet (bird)
pagafantas                   | insult    | 1        |
perroflauta                  | insult    | 1        | infl=s
machirulo                    | insult    | 1        | infl=o-a
giliflautas                  | insult    | 1        |

# --- incompetence and ignorance (addressed: ordinary adjectives) ---
inútil                       | insult    | 2        | addressed, infl=es # "es inútil intentarlo"
inepto                       | insult    | 1        | addressed, infl=o-a
ignorante                    | insult    | 1        | addressed, infl=s
analfabeto                   | insult    | 2        | addressed, infl=o-a
torpe                        | insult    | 1        | addressed, infl=s
miserable                    | insult    | 2        | addressed, infl=s
infeliz                      | insult    | 1        | addressed, infl=z-ces # Spain "unhappy"; LatAm "wretch"
ruin                         | insult    | 1        | addressed, bound, infl=es # en "ruin"
asqueroso                    | insult    | 2        | addressed, infl=o-a
repugnante                   | insult    | 2        | addressed, infl=s
mugroso                      | insult    | 2        | addressed, infl=o-a
piojoso                      | insult    | 2        | addressed, infl=o-a
histérica                    | insult    | 1        | addressed, infl=s

# --- disability-derived (the usual insults; clinical slurs are in hate.lex) ---
anormal                      | insult    | 3        | addressed, infl=es # "comportamiento anormal"
retrasado                    | insult    | 3        | addressed, infl=o-a # "mi pedido está retrasado"
retardado                    | insult    | 3        | addressed, infl=o-a # "efecto retardado"
deficiente                   | insult    | 3        | addressed, infl=s # "servicio deficiente"
mongol                       | insult    | 3        | addressed, bound, infl=es # demonym in all four languages
mongui                       | insult    | 3        | infl=s

# --- women (sexualised put-downs) ---
fulana                       | insult    | 3        | addressed, infl=s # "fulano/fulana" = so-and-so
buscona                      | insult    | 3        | infl=s
mujerzuela                   | insult    | 3        | infl=s
facilona                     | insult    | 2        | infl=s
zorrita                      | insult    | 3        | infl=s

# --- compounds and strong forms ---
cabronada                    | insult    | 3        | infl=s
cabronzuelo                  | insult    | 3        | infl=o-a
hijos de perra               | insult    | 3        |
hijas de perra               | insult    | 3        |
hijo de mil putas            | insult    | 4        |
hija de mil putas            | insult    | 4        |
hijos de mil putas           | insult    | 4        |
hijo de la gran chingada     | insult    | 4        |
hijo de tu pinche madre      | insult    | 4        |
mal nacido                   | insult    | 3        |
mal parido                   | insult    | 4        |
hdlch                        | insult    | 4        |                  # hijo de la chingada
mmgv                         | insult    | 3        |                  # mamagüevo
mamaverga                    | insult    | 3        | infl=s
chupavergas                  | insult    | 3        |
comevergas                   | insult    | 3        |
pollaboba                    | insult    | 3        | infl=s
pichacorta                   | insult    | 3        | infl=s
mierdoso                     | insult    | 2        | infl=o-a
pedorro                      | insult    | 2        | infl=o-a
tonto de los cojones         | insult    | 3        |
tonto de remate              | insult    | 1        |
tonto de capirote            | insult    | 1        |
tonto del haba               | insult    | 1        |

# --- round 2, more: old-fashioned, literary and regional (Spain) ---
pelafustán                   | insult    | 1        | infl=es
bigardo                      | insult    | 1        | infl=o-a
zafio                        | insult    | 2        | infl=o-a
gaznápiro                    | insult    | 1        | infl=o-a
cernícalo                    | insult    | 2        | addressed, infl=s # kestrel
zamacuco                     | insult    | 1        | infl=s
mamacallos                   | insult    | 1        |
lechuguino                   | insult    | 1        | infl=o-a
pisaverde                    | insult    | 1        | infl=s
bragazas                     | insult    | 2        |
cagatintas                   | insult    | 2        |
chupatintas                  | insult    | 2        |
lameplatos                   | insult    | 1        |
abrazafarolas                | insult    | 1        |
meapilas                     | insult    | 1        |
tragaldabas                  | insult    | 1        |
zampabollos                  | insult    | 2        |
mindundi                     | insult    | 1        | infl=s
bobo de Coria                | insult    | 1        |
tonto del bote               | insult    | 1        |
energúmeno                   | insult    | 2        | infl=o-a
malaje                       | insult    | 1        | infl=s           # Andalusia
malasombra                   | insult    | 1        | infl=s
saborío                      | insult    | 1        | infl=o-a         # Andalusia ("esaborío")
esaborío                     | insult    | 1        | infl=o-a
jartible                     | insult    | 1        | infl=s           # Andalusia
carajote                     | insult    | 2        | infl=s           # Andalusia
malafollá                    | insult    | 1        |                  # Granada
gilí                         | insult    | 1        | addressed, infl=s # folds to "Gili" (place and surname)
cani                         | insult    | 1        | infl=s           # classist
choni                        | insult    | 1        | infl=s           # classist
flipado                      | insult    | 1        | addressed, infl=o-a # "estoy flipado" (amazed)
rancio                       | insult    | 1        | addressed, infl=o-a # rancid
pesado                       | insult    | 1        | addressed, infl=o-a # heavy; "you pest"
marmota                      | insult    | 1        | addressed, infl=s # groundhog
arrastrado                   | insult    | 1        | addressed, infl=o-a

# --- round 2, more: Latin America ---
lambeculo                    | insult    | 3        | infl=s           # Colombia, Venezuela
careculo                     | insult    | 3        | infl=s           # Colombia
carapicha                    | insult    | 3        | infl=s
cachón                       | insult    | 2        | infl=on-ona      # Colombia: cuckold
comepinga                    | insult    | 3        | infl=s           # Cuba
come pinga                   | insult    | 3        |
come mierda                  | insult    | 3        |
mamapinga                    | insult    | 3        | infl=s
cabeza de pinga              | insult    | 3        |
guanajo                      | insult    | 1        | addressed, infl=o-a # Cuba "fool"; turkey
pariguayo                    | insult    | 1        | infl=o-a         # Dominican Republic
canto de cabrón              | insult    | 3        |                  # Puerto Rico
bayunco                      | insult    | 1        | infl=o-a         # Central America
gandalla                     | insult    | 2        | infl=s           # Mexico: cheat
metiche                      | insult    | 1        | infl=s
mamila                       | insult    | 2        | addressed, infl=s # baby bottle; Mexico "arrogant"
cara de nalga                | insult    | 2        |
atorrante                    | insult    | 1        | infl=s           # Argentina
rastacuero                   | insult    | 1        | infl=s
villero                      | insult    | 2        | infl=o-a         # classist
mongo                        | insult    | 3        | addressed, bound, infl=s # Argentina, short for mogólico; en "Mongo(DB)"
maraca                       | insult    | 3        | addressed, infl=s # maracas (instrument); Chile "slut"
jinetera                     | insult    | 3        | infl=s           # Cuba: prostitute

# ======================================================================
# Round 3
# ======================================================================

# --- character: ordinary adjectives and nouns, so `addressed` ---
hipócrita                    | insult    | 1        | addressed, infl=s # "una política hipócrita" is civil criticism
mentiroso                    | insult    | 1        | addressed, infl=o-a
amargado                     | insult    | 1        | addressed, infl=o-a
patético                     | insult    | 1        | addressed, infl=o-a
fracasado                    | insult    | 2        | addressed, infl=o-a # "un intento fracasado"
perdedor                     | insult    | 1        | addressed, infl=or-ora # games: "el equipo perdedor"
roñoso                       | insult    | 1        | addressed, infl=o-a # grimy; stingy
rastrero                     | insult    | 2        | addressed, infl=o-a # "planta rastrera"
asesino                      | insult    | 2        | addressed, infl=o-a # news, games: "el asesino"
psicópata                    | insult    | 2        | addressed, infl=s
pedófilo                     | insult    | 3        | addressed, infl=o-a # news: "el pedófilo fue detenido"
pederasta                    | insult    | 3        | addressed, infl=s
zumbado                      | insult    | 1        | addressed, infl=o-a # Spain: nuts
chalado                      | insult    | 1        | addressed, infl=o-a
majara                       | insult    | 1        | addressed, infl=s
facha                        | insult    | 1        | addressed, infl=s # Spain "fascist"; "facha" is also "looks"
chorro                       | insult    | 1        | addressed, infl=o-a # Argentina "thief"; a jet of water
chacha                       | insult    | 2        | addressed, infl=s # classist "maid"

# --- character and stupidity: pejorative in every use ---
niñato                       | insult    | 1        | addressed, infl=o-a # "una niñata más" is often said fondly
zarrapastroso                | insult    | 1        | infl=o-a
descerebrado                 | insult    | 2        | infl=o-a
gilipichis                   | insult    | 1        |
kapullo                      | insult    | 2        | infl=o-a         # internet spelling of "capullo"
mamerto                      | insult    | 1        | infl=o-a         # Spain, Colombia
tolai                        | insult    | 1        | addressed, infl=s # Spain; also a nickname
pelanas                      | insult    | 1        |                  # Spain: a nobody
pringadillo                  | insult    | 1        | infl=o-a
sacowea                      | insult    | 3        | infl=s           # Chile: "saco de wea"
huevonazo                    | insult    | 2        | infl=o-a
weonazo                      | insult    | 2        | infl=o-a
cagapalos                    | insult    | 2        |
gilipollitas                 | insult    | 3        |
jilipollas                   | insult    | 3        |                  # common misspelling of gilipollas
hijoeputa                    | insult    | 4        | infl=s           # Andalusia, Colombia
hijo puta                    | insult    | 4        |
hija puta                    | insult    | 4        |
hijo e puta                  | insult    | 4        |
hijo de la gran perra        | insult    | 4        |
mal parida                   | insult    | 4        |

# --- looks and body (fat-shaming and ugliness; addressed where innocent) ---
feo                          | insult    | 1        | addressed, infl=o-a # "queda feo", "tiempo feo"
fofo                         | insult    | 1        | addressed, infl=o-a
tocino                       | insult    | 2        | addressed, infl=s # bacon
hipopótamo                   | insult    | 2        | addressed, infl=s
cachalote                    | insult    | 2        | addressed, infl=s
elefanta                     | insult    | 2        | addressed, infl=s
bola de sebo                 | insult    | 2        |
bola de grasa                | insult    | 2        |
foca asquerosa               | insult    | 3        |
gorda de mierda              | insult    | 3        |
gordo de mierda              | insult    | 3        |
callo malayo                 | insult    | 2        |
cardo borriquero             | insult    | 2        |
cuatro ojos                  | insult    | 1        | addressed        # also "four eyes" literally
cara de mono                 | insult    | 2        |
narizotas                    | insult    | 1        |
orejotas                     | insult    | 1        |
cegato                       | insult    | 1        | infl=o-a

# --- women (sexualised put-downs) ---
putilla                      | insult    | 3        | infl=s
pendona                      | insult    | 3        | infl=s
pendón                       | insult    | 3        | addressed, infl=es # banner, pennant
zorrupia                     | insult    | 3        | infl=s
trola                        | insult    | 3        | addressed, infl=s # Argentina "slut"; Spain "a fib"
prostituta                   | insult    | 3        | addressed, infl=s # the neutral word; an insult when aimed at someone
meretriz                     | insult    | 3        | addressed, infl=z-ces
chapero                      | insult    | 3        | infl=s           # Spain: male prostitute
pollavieja                   | insult    | 2        | infl=s           # Spain: lecherous old man
calientahuevos               | insult    | 3        |

# --- Latin America ---
chupapinga                   | insult    | 3        | infl=s           # Cuba
chupaverga                   | insult    | 3        | id=es.insult.chupaverga_r3
lameverga                    | insult    | 3        | infl=s
chupahuevos                  | insult    | 3        |
lamehuevos                   | insult    | 3        |
pendejete                    | insult    | 2        | infl=s
pendejito                    | insult    | 2        | infl=o-a
culerazo                     | insult    | 3        | infl=o-a
ojetazo                      | insult    | 2        | infl=o-a
pelotudito                   | insult    | 3        | infl=o-a
boludito                     | insult    | 2        | infl=o-a
forrazo                      | insult    | 3        | infl=s
gilastrún                    | insult    | 2        | infl=es
culiá                        | insult    | 3        |                  # Chile, feminine of "culiao"
carepicha                    | insult    | 3        | infl=s           # Colombia
gonorreíta                   | insult    | 3        | infl=s
malparidito                  | insult    | 4        | infl=o-a
mamaburras                   | insult    | 2        |                  # Colombia
bobazo                       | insult    | 1        | infl=o-a

# --- wider semantic fields (mostly addressed) ---
# --- character, morals (addressed: ordinary words that insult when aimed) ---
pillo                        | insult    | 1        | addressed, infl=o-a
malhechor                    | insult    | 2        | addressed, infl=or-ora
delincuente                  | insult    | 2        | addressed, infl=s
maleante                     | insult    | 2        | infl=s
descarado                    | insult    | 1        | addressed, infl=o-a
desvergonzado                | insult    | 1        | infl=o-a
infame                       | insult    | 2        | addressed, infl=s
mezquino                     | insult    | 1        | addressed, infl=o-a
traidor                      | insult    | 2        | addressed, infl=or-ora
embustero                    | insult    | 1        | infl=o-a
farsante                     | insult    | 1        | infl=s
impostor                     | insult    | 1        | addressed, infl=or-ora
tramposo                     | insult    | 1        | addressed, infl=o-a
timador                      | insult    | 1        | addressed, infl=or-ora
caco                         | insult    | 1        | addressed, infl=s
usurero                      | insult    | 1        | addressed, infl=o-a
tacaño                       | insult    | 1        | addressed, infl=o-a
rácano                       | insult    | 1        | infl=o-a
avaro                        | insult    | 1        | addressed, infl=o-a
envidioso                    | insult    | 1        | addressed, infl=o-a
chismoso                     | insult    | 1        | addressed, infl=o-a
cotilla                      | insult    | 1        | addressed, infl=s
alcahuete                    | insult    | 2        | infl=s
egoísta                      | insult    | 1        | addressed, infl=s
engreído                     | insult    | 1        | addressed, infl=o-a
creído                       | insult    | 1        | addressed, infl=o-a # "he creído" (I believed)
presumido                    | insult    | 1        | addressed, infl=o-a
pedante                      | insult    | 1        | addressed, infl=s
sabelotodo                   | insult    | 1        | infl=s
listillo                     | insult    | 1        | infl=o-a
sabihondo                    | insult    | 1        | infl=o-a
prepotente                   | insult    | 1        | addressed, infl=s
déspota                      | insult    | 1        | addressed, infl=s
tirano                       | insult    | 1        | addressed, infl=o-a
nazi                         | insult    | 2        | addressed, infl=s # history, news; an insult when aimed at someone
sádico                       | insult    | 2        | addressed, infl=o-a
sociópata                    | insult    | 2        | addressed, infl=s
vicioso                      | insult    | 1        | addressed, infl=o-a
obseso                       | insult    | 1        | addressed, infl=o-a
nauseabundo                  | insult    | 1        | addressed, infl=o-a
apestoso                     | insult    | 1        | addressed, infl=o-a
hediondo                     | insult    | 1        | addressed, infl=o-a
sarnoso                      | insult    | 2        | addressed, infl=o-a
mugriento                    | insult    | 1        | addressed, infl=o-a
andrajoso                    | insult    | 1        | addressed, infl=o-a
pordiosero                   | insult    | 2        | addressed, infl=o-a
mendigo                      | insult    | 1        | addressed, infl=o-a
vagabundo                    | insult    | 1        | addressed, infl=o-a
pobretón                     | insult    | 1        | infl=on-ona
incompetente                 | insult    | 1        | addressed, infl=s
patoso                       | insult    | 1        | addressed, infl=o-a
manazas                      | insult    | 1        |
salvaje                      | insult    | 2        | addressed, infl=s
troglodita                   | insult    | 2        | addressed, infl=s
cavernícola                  | insult    | 2        | addressed, infl=s
neandertal                   | insult    | 2        | addressed, infl=es
demente                      | insult    | 2        | addressed, infl=s
lunático                     | insult    | 1        | addressed, infl=o-a
chiflado                     | insult    | 1        | addressed, infl=o-a
pirado                       | insult    | 1        | addressed, infl=o-a
melón                        | insult    | 1        | addressed, infl=es # the fruit
atún                         | insult    | 1        | addressed, infl=es # Spain "dimwit"; tuna
caca                         | insult    | 1        | addressed, infl=s # childish "poo"; insult only when aimed
pedo                         | insult    | 1        | addressed, infl=s # fart; Mexico "drunk"
# --- animals (addressed) ---
alimaña                      | insult    | 2        | addressed, infl=s
garrapata                    | insult    | 2        | addressed, infl=s
ladilla                      | insult    | 2        | addressed, infl=s
chacal                       | insult    | 2        | addressed, infl=es
culebra                      | insult    | 1        | addressed, infl=s
chucho                       | insult    | 1        | addressed, infl=s
elefante                     | insult    | 2        | addressed, infl=s
orangután                    | insult    | 2        | addressed, infl=es
gorila                       | insult    | 2        | addressed, infl=s
babuino                      | insult    | 2        | addressed, infl=s
mulo                         | insult    | 2        | addressed, infl=s
# --- looks (addressed where innocent) ---
espantajo                    | insult    | 1        | infl=s
espantapájaros               | insult    | 1        | addressed
birria                       | insult    | 1        | addressed, infl=s
monstruo                     | insult    | 2        | addressed, infl=s
barrigón                     | insult    | 1        | addressed, infl=on-ona
panzón                       | insult    | 1        | addressed, infl=on-ona
retaco                       | insult    | 1        | infl=s
canijo                       | insult    | 1        | addressed, infl=o-a
tirillas                     | insult    | 1        |
narizón                      | insult    | 1        | infl=on-ona
bizco                        | insult    | 1        | addressed, infl=o-a
jorobado                     | insult    | 2        | addressed, infl=o-a
# --- sex and gender put-downs ---
proxeneta                    | insult    | 2        | addressed, infl=s
eunuco                       | insult    | 2        | addressed, infl=s
impotente                    | insult    | 1        | addressed, infl=s
amanerado                    | insult    | 2        | addressed, infl=o-a

# --- round 3: more fields (mental health, crime, class, vices, sex work) ---
# --- cognitive and mental-health put-downs (addressed: clinical or ordinary words) ---
trastornado                  | insult    | 1        | addressed, infl=o-a
perturbado                   | insult    | 1        | addressed, infl=o-a
desquiciado                  | insult    | 1        | addressed, infl=o-a
psicótico                    | insult    | 2        | addressed, infl=o-a
paranoico                    | insult    | 1        | addressed, infl=o-a
histérico                    | insult    | 1        | addressed, infl=o-a
orate                        | insult    | 1        | infl=s
débil mental                 | insult    | 3        |
corto de luces               | insult    | 1        |
mosquita muerta              | insult    | 1        |
jumento                      | insult    | 2        | addressed, infl=o-a
# --- crime words used as insults (addressed) ---
homicida                     | insult    | 2        | addressed, infl=s
sicario                      | insult    | 2        | addressed, infl=s
matón                        | insult    | 1        | addressed, infl=on-ona
mafioso                      | insult    | 1        | addressed, infl=o-a
carterista                   | insult    | 1        | addressed, infl=s
atracador                    | insult    | 1        | addressed, infl=or-ora
corrupto                     | insult    | 1        | addressed, infl=o-a
terrorista                   | insult    | 2        | addressed, infl=s
# --- class and poverty (addressed where ordinary) ---
indigente                    | insult    | 1        | addressed, infl=s
desharrapado                 | insult    | 1        | infl=o-a
pueblerino                   | insult    | 1        | addressed, infl=o-a
destripaterrones             | insult    | 1        |
paria                        | insult    | 1        | addressed, infl=s
fregona                      | insult    | 2        | addressed, infl=s # Spain: mop; classist "skivvy"
verdulera                    | insult    | 1        | addressed, infl=s # greengrocer; "fishwife"
politicucho                  | insult    | 1        | infl=s
matasanos                    | insult    | 1        |
picapleitos                  | insult    | 1        |
leguleyo                     | insult    | 1        | addressed, infl=s
# --- vices (addressed: ordinary adjectives) ---
borracho                     | insult    | 1        | addressed, infl=o-a
borrachín                    | insult    | 1        | infl=in-ina
beodo                        | insult    | 1        | addressed, infl=o-a
drogadicto                   | insult    | 1        | addressed, infl=o-a
yonqui                       | insult    | 2        | infl=s
drogata                      | insult    | 2        | infl=s
porrero                      | insult    | 1        | infl=o-a
glotón                       | insult    | 1        | addressed, infl=on-ona
tragón                       | insult    | 1        | addressed, infl=on-ona
perezoso                     | insult    | 1        | addressed, infl=o-a
avaricioso                   | insult    | 1        | addressed, infl=o-a
# --- sex work (addressed where ordinary or archaic) ---
gigoló                       | insult    | 2        | addressed, infl=s
cortesana                    | insult    | 2        | addressed, infl=s
hetaira                      | insult    | 2        | addressed, infl=s
barragana                    | insult    | 2        | addressed, infl=s
manceba                      | insult    | 2        | addressed, infl=s
daifa                        | insult    | 2        | infl=s
cabaretera                   | insult    | 2        | addressed, infl=s
suripanta                    | insult    | 2        | infl=s

# --- round 3: comment-section put-downs ---
# --- comment-section put-downs (Spain and Mexico) ---
llorón                       | insult    | 1        | addressed, infl=on-ona # "La Llorona" (legend)
ardido                       | insult    | 1        | addressed, infl=o-a # Mexico: sore loser; "burnt"
ofrecido                     | insult    | 2        | addressed, infl=o-a # Mexico: "easy" (of women)
regalado                     | insult    | 2        | addressed, infl=o-a # Mexico: "easy"; "given away"
cansino                      | insult    | 1        | addressed, infl=o-a # Spain: tiresome
vendehumos                   | insult    | 1        |
cuentista                    | insult    | 1        | addressed, infl=s
trolero                      | insult    | 1        | infl=o-a # Spain: liar
