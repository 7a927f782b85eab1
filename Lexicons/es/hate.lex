@format decorum-lexicon 1
@language es
# Spanish hate speech: slurs against protected groups (ethnicity and origin,
# religion, sexual orientation and gender identity, gender, disability).
# Ordinary words that only become slurs in context (negro, moro, indio, gitano,
# judío, chino, cholo) are NOT listed alone: only fixed hateful phrases are.
# term                       | category  | severity | flags

# --- ethnicity and national origin ---
sudaca                       | hate      | 4        | infl=s                 # Latin Americans, Spain
negrata                      | hate      | 4        | infl=s
moraco                       | hate      | 4        | infl=o-a               # North Africans, Spain
veneco                       | hate      | 3        | infl=o-a               # Venezuelans, Colombia and Peru
charnego                     | hate      | 3        | infl=o-a               # Catalonia
maketo                       | hate      | 3        | infl=o-a               # Basque Country
gachupín                     | hate      | 2        | infl=es                # Spaniards, Mexico
gabacho                      | hate      | 2        | infl=o-a               # French (Spain), US Americans (Mexico)
negro de mierda              | hate      | 4        |
negra de mierda              | hate      | 4        |
negros de mierda             | hate      | 4        |
moro de mierda               | hate      | 4        |
moros de mierda              | hate      | 4        |
indio de mierda              | hate      | 4        |
india de mierda              | hate      | 4        |
chino de mierda              | hate      | 4        |
gitano de mierda             | hate      | 4        |
gitanos de mierda            | hate      | 4        |
cholo de mierda              | hate      | 4        |
panchito de mierda           | hate      | 4        |                        # "panchitos" alone are fried peanuts
mono de mierda               | hate      | 4        |                        # racist use of "monkey"
inmigrante de mierda         | hate      | 4        |
inmigrantes de mierda        | hate      | 4        |

# --- religion ---
judío de mierda              | hate      | 4        |
judíos de mierda             | hate      | 4        |
perro judío                  | hate      | 4        |
judiada                      | hate      | 3        | infl=s
musulmán de mierda           | hate      | 4        |
musulmanes de mierda         | hate      | 4        |
perro infiel                 | hate      | 3        |

# --- sexual orientation and gender identity ---
maricón                      | hate      | 4        | common, infl=on-ona
mariconazo                   | hate      | 4        | infl=s
mariconada                   | hate      | 3        | infl=s
marica                       | hate      | 4        | infl=s                 # Colombia: also "dude" among friends
marico                       | hate      | 3        | infl=s                 # Venezuela
mariposón                    | hate      | 3        | infl=es
maraco                       | hate      | 4        | infl=s                 # Chile
joto                         | hate      | 4        | infl=s                 # Mexico; not infl=o-a: "jota" is the letter J and a dance
trolo                        | hate      | 4        | infl=s                 # Argentina ("trola" not listed: Spain "a fib")
bujarrón                     | hate      | 4        | infl=es
bollera                      | hate      | 4        | infl=s
tortillera                   | hate      | 3        | addressed, infl=s      # Mexico: also a tortilla maker
machorra                     | hate      | 4        | infl=s
marimacho                    | hate      | 3        | infl=s
travelo                      | hate      | 4        | infl=s

# --- gender ---
feminazi                     | hate      | 3        | infl=s
las mujeres no sirven para nada | hate   | 3        |

# --- disability ---
mongólico                    | hate      | 4        | infl=o-a
mogólico                     | hate      | 4        | infl=o-a               # Argentina spelling
retrasado mental             | hate      | 4        |
retrasada mental             | hate      | 4        |
retrasados mentales          | hate      | 4        |
tullido de mierda            | hate      | 4        |
minusválido de mierda        | hate      | 4        |

# ======================================================================
# Round 2. `addressed` entries only count when aimed at someone (see address.txt).
# ======================================================================

# --- ethnicity and national origin ---
negro cabeza                 | hate      | 4        |                  # Argentina
cabecita negra               | hate      | 4        |                  # Argentina
negro asqueroso              | hate      | 4        |
negra asquerosa              | hate      | 4        |
negros asquerosos            | hate      | 4        |
moromierda                   | hate      | 4        | infl=s
moro asqueroso               | hate      | 4        |
mora de mierda               | hate      | 4        |
panchito                     | hate      | 3        | addressed, infl=s # Spain, Latin Americans; "panchitos" = fried peanuts
indio pata rajada            | hate      | 4        |                  # Mexico
patarrajada                  | hate      | 4        | infl=s
serrano de mierda            | hate      | 4        |                  # Peru; "jamón serrano" is innocent
chola de mierda              | hate      | 4        |
bolita                       | hate      | 3        | addressed, infl=s # Argentina: Bolivians; "bolita" = small ball
paragua                      | hate      | 3        | addressed         # Argentina: Paraguayans; colloquial "umbrella"; no plural: "paraguas" = umbrella
boliguayo                    | hate      | 4        | infl=o-a         # Argentina
perucho                      | hate      | 3        | infl=o-a
ponja                        | hate      | 3        | infl=s           # Argentina: Japanese
chino cochino                | hate      | 4        |
chinos de mierda             | hate      | 4        |
china de mierda              | hate      | 4        |
gringo de mierda             | hate      | 3        |
gringos de mierda            | hate      | 3        |
catalufo                     | hate      | 3        | infl=o-a         # Catalans, Spain
polaco de mierda             | hate      | 3        |                  # Spain: Catalans; also Poles
mojado de mierda             | hate      | 4        |                  # Mexico/US: migrants
espalda mojada               | hate      | 4        |
espaldas mojadas             | hate      | 4        |
ilegal de mierda             | hate      | 4        |
ilegales de mierda           | hate      | 4        |
gitanada                     | hate      | 3        | infl=s           # "a dirty trick", antigypsy
gitano asqueroso             | hate      | 4        |
gitana de mierda             | hate      | 4        |
simio de mierda              | hate      | 4        |
sudaca de mierda             | hate      | 4        |
sudacas de mierda            | hate      | 4        |

# --- religion ---
judío asqueroso              | hate      | 4        |
sucio judío                  | hate      | 4        |
rata judía                   | hate      | 4        |
judía de mierda              | hate      | 4        |
mahometano de mierda         | hate      | 4        |
musulmana de mierda          | hate      | 4        |
cristiano de mierda          | hate      | 4        |
cristianos de mierda         | hate      | 4        |

# --- sexual orientation and gender identity ---
mariquita                    | hate      | 3        | addressed, infl=s # ladybird (Spain), ladybug
mariquilla                   | hate      | 4        | infl=s
mariconcito                  | hate      | 4        | infl=o-a
marimacha                    | hate      | 3        | infl=s
machona                      | hate      | 2        | infl=s
camionera                    | hate      | 3        | addressed, infl=s # woman truck driver
sarasa                       | hate      | 3        | addressed, infl=s # Argentina "blah blah"
bujarra                      | hate      | 4        | infl=s
bugarrón                     | hate      | 4        | infl=es          # Caribbean
muerdealmohadas              | hate      | 4        |
soplanucas                   | hate      | 4        |
cacorro                      | hate      | 4        | infl=s           # Colombia
colipato                     | hate      | 4        | infl=s           # Chile
rosquete                     | hate      | 3        | addressed, infl=s # Peru; also a pastry
puñal                        | hate      | 3        | addressed, infl=es # dagger; Mexico slur
mayate                       | hate      | 4        | infl=s           # Mexico: gay men, also Black people
jotito                       | hate      | 4        | infl=s
trolazo                      | hate      | 4        | infl=s
putito                       | hate      | 3        | infl=s           # Mexico, Argentina: homophobic diminutive
invertido                    | hate      | 3        | addressed, infl=o-a # old-fashioned; "inverted"
sodomita                     | hate      | 3        | infl=s
desviado                     | hate      | 2        | addressed, infl=o-a # old-fashioned; "diverted" (calls, packages)
lesbiana de mierda           | hate      | 4        |
lesbianas de mierda          | hate      | 4        |
travesti de mierda           | hate      | 4        |
maricón de mierda            | hate      | 4        |
maricones de mierda          | hate      | 4        |

# --- disability ---
mongoloide                   | hate      | 4        | infl=s
mongolito                    | hate      | 4        | infl=o-a
deficiente mental            | hate      | 4        |
deficientes mentales         | hate      | 4        |
lisiado de mierda            | hate      | 4        |
cojo de mierda               | hate      | 4        |
subnormal de mierda          | hate      | 4        |

# --- round 2, more: "X de mierda" for common targets of xenophobia ---
rumano de mierda             | hate      | 4        |
rumanos de mierda            | hate      | 4        |
haitiano de mierda           | hate      | 4        |
haitianos de mierda          | hate      | 4        |
boliviano de mierda          | hate      | 4        |
paraguayo de mierda          | hate      | 4        |
peruano de mierda            | hate      | 4        |
colombiano de mierda         | hate      | 4        |
venezolano de mierda         | hate      | 4        |
ecuatoriano de mierda        | hate      | 4        |
árabe de mierda              | hate      | 4        |
árabes de mierda             | hate      | 4        |
yanqui de mierda             | hate      | 3        |
guiri de mierda              | hate      | 3        |
español de mierda            | hate      | 3        |
españoles de mierda          | hate      | 3        |
discapacitado de mierda      | hate      | 4        |
trava                        | hate      | 4        | infl=s           # Argentina: trans women

# ======================================================================
# Round 3
# ======================================================================

# --- ethnic and national slurs ---
moro                         | hate      | 3        | addressed, infl=o-a # Moors (history, place names, surname); a slur aimed at someone
macaco                       | hate      | 4        | addressed, infl=s # monkey species; racist when aimed at someone
prieto                       | hate      | 3        | addressed, infl=o-a # Mexico: colourism; also "dark, tight"
indio                        | hate      | 3        | addressed, infl=o-a # India, indium; Mexico/Andes insult when aimed
cholo                        | hate      | 3        | addressed, infl=o-a # Peru, Bolivia, Chicano identity
zambo                        | hate      | 3        | addressed, infl=o-a # also "knock-kneed"
chinorri                     | hate      | 3        | infl=s           # Spain
chinito de mierda            | hate      | 4        |
negrito de mierda            | hate      | 4        |
sudaca asqueroso             | hate      | 4        |
moro de los cojones          | hate      | 4        |
panchitos de mierda          | hate      | 4        |
machupichu                   | hate      | 3        | addressed, infl=s # Spain: Andeans (also the place, written "Machu Picchu")

# --- homophobic and transphobic ---
bollerón                     | hate      | 4        | infl=on-ona
fleto                        | hate      | 4        | infl=s           # Chile
cabro                        | hate      | 3        | addressed, infl=s # Peru: gay slur; "male goat", Chile "kid"
afeminado                    | hate      | 2        | addressed, infl=o-a
bufarra                      | hate      | 4        | infl=s           # Argentina, Uruguay
mampo                        | hate      | 4        | infl=s           # Central America
cochón                       | hate      | 4        | infl=es          # Nicaragua
playo                        | hate      | 4        | addressed, infl=s # Costa Rica; Mexico/Argentina "shallow" (plato playo)
maricuela                    | hate      | 4        | infl=s
mariconsón                   | hate      | 4        | infl=es
marica de mierda             | hate      | 4        |
travelo de mierda            | hate      | 4        |
trans de mierda              | hate      | 4        |
machorro                     | hate      | 4        | infl=s

# --- ableist ---
tullido                      | hate      | 3        | addressed, infl=o-a
lisiado                      | hate      | 3        | addressed, infl=o-a
autista                      | hate      | 2        | addressed, infl=s # clinical word; an ableist insult when aimed
mongolo de mierda            | hate      | 4        |
retrasado de mierda          | hate      | 4        |

# --- round 3, more ---
simio                        | hate      | 3        | addressed, infl=s
chimpancé                    | hate      | 3        | addressed, infl=s
mariposa                     | hate      | 3        | addressed, infl=s # butterfly; homophobic when aimed at someone
mariposita                   | hate      | 3        | addressed, infl=s

# --- round 3: disability, homophobic, ethnic ---
# --- physical disability (addressed: ordinary words) ---
cojo                         | hate      | 2        | addressed, infl=o-a # also "cojo" = I take (coger)
manco                        | hate      | 2        | addressed, infl=o-a
tuerto                       | hate      | 2        | addressed, infl=o-a
paralítico                   | hate      | 2        | addressed, infl=o-a
minusválido                  | hate      | 2        | addressed, infl=o-a
deforme                      | hate      | 2        | addressed, infl=s
contrahecho                  | hate      | 2        | infl=o-a
# --- homophobic, transphobic ---
julandrón                    | hate      | 4        | infl=es # Spain
julay                        | hate      | 3        | infl=s # Andalusia
pargo                        | hate      | 3        | addressed, infl=s # Andalusia; a fish (red porgy)
comealmohadas                | hate      | 4        |
lameconchas                  | hate      | 4        | # Argentina
travesti                     | hate      | 2        | addressed, infl=s # the ordinary word; a slur when aimed at someone
# --- ethnic ---
negroide                     | hate      | 3        | addressed, infl=s

# --- round 3: Mexico ---
lencha                       | hate      | 3        | infl=s # Mexico: lesbian slur
manflora                     | hate      | 4        | infl=s # Mexico: lesbian slur
