@format decorum-lexicon 1
@language es
# Spanish sexual language: vulgar body terms, sexual acts, explicit requests.
# term                       | category  | severity | flags

# --- vulgar terms for the penis ---
polla                        | sexual    | 3        | suffix, infl=s   # Chile: "la Polla" is the state lottery; compounds listed in insult.lex
pollón                       | sexual    | 3        |
verga                        | sexual    | 3        | infl=s           # Mexico, Central America, Venezuela; no suffix: names ("Olivergas"); compounds listed
pinga                        | sexual    | 3        | infl=s                 # Cuba, Caribbean, Peru
pija                         | sexual    | 2        | suffix, infl=s   # Argentina, Uruguay; Spain: "posh girl"
picha                        | sexual    | 3        | infl=s
pichula                      | sexual    | 3        | infl=s                 # Chile, Peru
cipote                       | sexual    | 2        | infl=s                 # Spain; Honduras, El Salvador: "kid"

# --- vulgar terms for the vulva, breasts, buttocks ---
chocho                       | sexual    | 2        | infl=s                 # Spain; also "doting" (está chocho), Andean "lupin beans"
chumino                      | sexual    | 3        | infl=s
panocha                      | sexual    | 3        | infl=s                 # Mexico
concha                       | sexual    | 1        | bound, infl=s          # vulgar in the Southern Cone; "shell", Mexican sweet bread and a first name elsewhere
chichi                       | sexual    | 2        | bound, infl=s          # fr "chichis" = fuss
teta                         | sexual    | 2        | infl=s
tetona                       | sexual    | 2        | infl=s
culo                         | sexual    | 2        | infl=s
culona                       | sexual    | 2        | infl=s
orto                         | sexual    | 2        | infl=s                 # Argentina, Uruguay
buenorra                     | sexual    | 2        | infl=s
buenorro                     | sexual    | 2        | infl=s

# --- obscene verbs (conjugated through inflections.txt) ---
follar                       | sexual    | 3        | bound, infl=ar   # bound: fr "folle" (crazy); Spain
culear                       | sexual    | 3        | bound, infl=ar   # bound: fr "culée"; Southern Cone, Andes
singar                       | sexual    | 3        | infl=gar               # Cuba
coger                        | sexual    | 1        | bound                  # LatAm: "to fuck"; Spain: "to take" (no conjugations on purpose)
cogerte                      | sexual    | 2        | bound
cógeme                       | sexual    | 2        | bound
fóllame                      | sexual    | 3        |
follarte                     | sexual    | 3        |
follarme                     | sexual    | 3        |
follármela                   | sexual    | 3        |
follador                     | sexual    | 3        | infl=or-ora
cachondo                     | sexual    | 1        | infl=o-a               # Spain: also "funny"
calientapollas               | sexual    | 3        |
calientabraguetas            | sexual    | 3        |
putita                       | sexual    | 3        | infl=s
putero                       | sexual    | 3        | infl=o-a
lefa                         | sexual    | 3        |                        # Spain: semen

# --- acts ---
mamada                       | sexual    | 3        |                        # fellatio; Mexico "mamadas" = nonsense (profanity.lex)
chúpamela                    | sexual    | 3        |
chúpala                      | sexual    | 2        |
chupármela                   | sexual    | 3        |
mámamela                     | sexual    | 3        |
cómemela                     | sexual    | 3        |
métemela                     | sexual    | 3        |
chupa pija                   | sexual    | 3        |
chupa el pico                | sexual    | 3        |                        # Chile
echar un polvo               | sexual    | 3        |
echamos un polvo             | sexual    | 3        |
echarte un polvo             | sexual    | 3        |
hacerse una paja             | sexual    | 3        |
hacerme una paja             | sexual    | 3        |
hacerte una paja             | sexual    | 3        |
me hago una paja             | sexual    | 3        |
hazme una paja               | sexual    | 3        |
pajearse                     | sexual    | 3        |
pajearme                     | sexual    | 3        |
sexo anal                    | sexual    | 3        |
sexo oral                    | sexual    | 2        |

# --- explicit requests ---
quiero follar                | sexual    | 3        |
vamos a follar               | sexual    | 3        |
quiero sexo contigo          | sexual    | 3        |
quiero tener sexo contigo    | sexual    | 3        |
acuéstate conmigo            | sexual    | 3        |
enséñame las tetas           | sexual    | 3        |
mándame fotos desnuda        | sexual    | 3        |
mándame fotos desnudo        | sexual    | 3        |
mándame una foto desnuda     | sexual    | 3        |
quiero verte desnuda         | sexual    | 3        |
quiero verte desnudo         | sexual    | 3        |
mándame nudes                | sexual    | 3        |
pásame el pack               | sexual    | 3        |                        # Mexico
pásame tu pack               | sexual    | 3        |

# ======================================================================
# Round 2
# ======================================================================

# --- body terms ---
poronga                      | sexual    | 3        | infl=s           # Argentina
vergota                      | sexual    | 3        | infl=s
pito                         | sexual    | 2        | addressed, infl=s # whistle, car horn; "penis"
crica                        | sexual    | 3        | infl=s           # Spain
totona                       | sexual    | 3        | infl=s           # Venezuela
chochete                     | sexual    | 2        | infl=s
tetuda                       | sexual    | 2        | infl=s
tetorra                      | sexual    | 2        | infl=s
tetaza                       | sexual    | 2        | infl=s
tetamen                      | sexual    | 2        |
pechugona                    | sexual    | 2        | infl=s
chichona                     | sexual    | 2        | infl=s           # Mexico
culazo                       | sexual    | 2        | infl=s
nalgona                      | sexual    | 2        | infl=s

# --- obscene verbs with enclitic pronouns (inflections.txt: ar-cl) ---
follar                       | sexual    | 3        | infl=ar-cl, id=es.sexual.follar_enclitic # follarla, fóllatela, follándote
culear                       | sexual    | 3        | infl=ar-cl, id=es.sexual.culear_enclitic
culiar                       | sexual    | 3        | infl=ar          # spelling of culear (Chile, Argentina)
garchar                      | sexual    | 3        | infl=ar          # Argentina
garchar                      | sexual    | 3        | infl=ar-cl, id=es.sexual.garchar_enclitic
encular                      | sexual    | 3        | infl=ar          # Spain
sodomizar                    | sexual    | 2        | infl=ar
desvirgar                    | sexual    | 3        | infl=ar
magrear                      | sexual    | 2        | infl=ar          # Spain: grope
pajear                       | sexual    | 3        | infl=ar
cojer                        | sexual    | 2        |                  # misspelt "coger" (LatAm); "cojo"/"coja" are innocent, so no conjugations
cojerte                      | sexual    | 2        |
cojiendo                     | sexual    | 2        |
follamigo                    | sexual    | 2        | infl=o-a
follable                     | sexual    | 3        | infl=s
polvazo                      | sexual    | 3        | infl=s
polvete                      | sexual    | 3        | infl=s
echarse un polvo             | sexual    | 3        |
echarnos un polvo            | sexual    | 3        |
hacerse la paja              | sexual    | 3        |
hacerse pajas                | sexual    | 3        |
hacerse un dedo              | sexual    | 3        |
hacerte un dedo              | sexual    | 3        |
pete                         | sexual    | 3        | bound, infl=s    # Argentina: blowjob; en "Pete"
petero                       | sexual    | 3        | bound, infl=o-a  # bound: fr "pétera"
mamadita                     | sexual    | 3        | infl=s
guarrona                     | sexual    | 3        | infl=s
guarrilla                    | sexual    | 3        | infl=s
calentorra                   | sexual    | 2        | infl=s
ninfómana                    | sexual    | 2        | infl=s
mamacita                     | sexual    | 2        | addressed, infl=s # catcall ("hola mamacita"); also affectionate

# --- acts and requests ---
te la voy a meter            | sexual    | 3        |
te la meto                   | sexual    | 3        |
metértela                    | sexual    | 3        |
chúpame la polla             | sexual    | 3        |
chúpame la verga             | sexual    | 3        |
chúpame la pija              | sexual    | 3        |
chúpame el pico              | sexual    | 3        |                  # Chile
chúpame el rabo              | sexual    | 3        |
chúpame el bicho             | sexual    | 3        |                  # Puerto Rico
chúpame la monda             | sexual    | 3        |                  # Colombia
chupame la chota             | sexual    | 3        |                  # Argentina
chúpame los huevos           | sexual    | 3        |
chúpame el culo              | sexual    | 3        |
mámame la verga              | sexual    | 3        |
mámala                       | sexual    | 3        |
me la mamas                  | sexual    | 3        |
me la chupas                 | sexual    | 3        |
cómeme la polla              | sexual    | 3        |
cómeme el coño               | sexual    | 3        |
cómeme los huevos            | sexual    | 3        |
bésame el culo               | sexual    | 2        |
quiero chupártela            | sexual    | 3        |
quiero comértela             | sexual    | 3        |
quiero comerte entera        | sexual    | 3        |
córrete en mi boca           | sexual    | 3        |
me corro en tu cara          | sexual    | 3        |
corrida facial               | sexual    | 3        |
lluvia dorada                | sexual    | 3        |
beso negro                   | sexual    | 3        |
paja rusa                    | sexual    | 3        |
hacer una cubana             | sexual    | 3        |
ponte en cuatro              | sexual    | 3        |
ponte a cuatro patas         | sexual    | 3        |
enséñame el culo             | sexual    | 3        |
quítate la ropa              | sexual    | 2        |
desnúdate                    | sexual    | 3        |
cuánto cobras por una noche  | sexual    | 3        |
manda pack                   | sexual    | 3        |
pasa pack                    | sexual    | 3        |
me pones cachondo            | sexual    | 3        |
me pones cachonda            | sexual    | 3        |
me la pones dura             | sexual    | 3        |
me excitas                   | sexual    | 2        |
me calientas                 | sexual    | 2        |                  # LatAm "you turn me on"
estás buena                  | sexual    | 2        |
estás buenísima              | sexual    | 2        |
estás muy buena              | sexual    | 2        |
estás bien buena             | sexual    | 2        |
qué buena estás              | sexual    | 2        |
estás rica                   | sexual    | 2        |
qué rica estás               | sexual    | 2        |
estás para comerte           | sexual    | 2        |
echamos un polvito           | sexual    | 3        |

# --- porn vocabulary ---
puticlub                     | sexual    | 2        | infl=s
casa de putas                | sexual    | 2        |
sexo duro                    | sexual    | 2        |
sexo en grupo                | sexual    | 2        |
orgía                        | sexual    | 2        | infl=s
cibersexo                    | sexual    | 2        |
gangbang                     | sexual    | 3        |
bukkake                      | sexual    | 3        |
milf                         | sexual    | 2        |

# --- sexual predators and creeps (addressed: ordinary words) ---
salido                       | sexual    | 2        | addressed, infl=s   # "ha salido" (has left); not o-a: "salida" = exit
pervertido                   | sexual    | 2        | addressed, infl=o-a
degenerado                   | sexual    | 2        | addressed, infl=o-a
depravado                    | sexual    | 2        | infl=o-a
sobón                        | sexual    | 2        | infl=on-ona
viejo verde                  | sexual    | 2        |
violador                     | sexual    | 3        | addressed, infl=or-ora # news: "el violador fue detenido"

# --- round 2, more ---
putañero                     | sexual    | 3        | infl=o-a
coñito                       | sexual    | 3        | infl=s
chochito                     | sexual    | 3        | infl=s

# ======================================================================
# Round 3
# ======================================================================

# --- body terms ---
garompa                      | sexual    | 3        | infl=s           # Argentina: penis
güevo                        | sexual    | 2        | infl=s           # Venezuela, Colombia: penis, testicles (folds to "guevo")
pichi                        | sexual    | 2        | addressed, infl=s # Spain, childish "penis"; also a pinafore dress
culito                       | sexual    | 2        | infl=s
tetitas                      | sexual    | 2        |
tetas grandes                | sexual    | 2        |
maciza                       | sexual    | 2        | addressed, infl=s # "madera maciza" (solid wood)
macizorra                    | sexual    | 2        | infl=s
tía buena                    | sexual    | 2        |
tías buenas                  | sexual    | 2        |
mamasota                     | sexual    | 2        | infl=s           # catcall
mamacita rica                | sexual    | 2        |
rica panocha                 | sexual    | 3        |

# --- acts, vulgar verbs and their forms ---
masturbar                    | sexual    | 2        | infl=ar
masturbar                    | sexual    | 2        | infl=ar-cl, id=es.sexual.masturbar_enclitic
masturbación                 | sexual    | 2        |
hacer una mamada             | sexual    | 3        |
chupar la polla              | sexual    | 3        |
chupar la verga              | sexual    | 3        |
chupa mi verga               | sexual    | 3        |
chupa mi polla               | sexual    | 3        |
chúpamela toda               | sexual    | 3        |
mamar verga                  | sexual    | 3        |
dar por culo                 | sexual    | 3        |
dar por el culo              | sexual    | 3        |
mojar el churro              | sexual    | 3        |
echar un casquete            | sexual    | 3        |
echar un kiki                | sexual    | 2        |
echar un palo                | sexual    | 3        |                  # LatAm
echarse un palo              | sexual    | 3        |
pajote                       | sexual    | 3        | infl=s
pajearte                     | sexual    | 3        |

# --- explicit requests ---
enséñame los pezones         | sexual    | 3        |
muéstrame las tetas          | sexual    | 3        |
manda nudes                  | sexual    | 3        |
pasa nudes                   | sexual    | 3        |
pásame nudes                 | sexual    | 3        |
mándame fotos sin ropa       | sexual    | 3        |
manda fotos desnuda          | sexual    | 3        |
quiero verte las tetas       | sexual    | 3        |
abre las piernas             | sexual    | 3        |

# --- porn and sex work vocabulary ---
puticlubs                    | sexual    | 2        |

# --- round 3, more ---
culón                        | sexual    | 2        | infl=on-ona
hacer una paja               | sexual    | 3        |
hacerle una paja             | sexual    | 3        |

# --- round 3: genitals (addressed) ---
# --- genitals (addressed where the word has an ordinary sense) ---
chorra                       | sexual    | 2        | addressed, infl=s # Spain: penis; also "luck"
minga                        | sexual    | 2        | addressed, infl=s # penis; Argentina "no way"
pilila                       | sexual    | 2        | addressed, infl=s
pirula                       | sexual    | 2        | addressed, infl=s
rabo                         | sexual    | 2        | addressed, infl=s # tail
pene                         | sexual    | 1        | addressed, infl=s # clinical word
falo                         | sexual    | 1        | addressed, infl=s
potorro                      | sexual    | 3        | infl=s # Spain: vulva
vagina                       | sexual    | 1        | addressed, infl=s # clinical word
