@format decorum-lexicon 1
@language es
# Spanish sexual language: vulgar body terms, sexual acts, explicit requests.
# term                       | category  | severity | flags

# --- vulgar terms for the penis ---
polla                        | sexual    | 3        | infl=s                 # Chile: "la Polla" is the state lottery; compounds listed in insult.lex
pollón                       | sexual    | 3        |
verga                        | sexual    | 3        | infl=s                 # Mexico, Central America, Venezuela
pinga                        | sexual    | 3        | infl=s                 # Cuba, Caribbean, Peru
pija                         | sexual    | 2        | infl=s                 # Argentina, Uruguay; Spain: "posh girl"
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
follar                       | sexual    | 3        | infl=ar                # Spain
culear                       | sexual    | 3        | infl=ar                # Southern Cone, Andes
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
