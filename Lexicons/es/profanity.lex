@format decorum-lexicon 1
@language es
# Spanish profanity: swear words, exclamations and their abbreviations,
# Spain and Latin America. Severity follows the scale in ../README.md.
# term                       | category  | severity | flags

# --- general, all regions ---
mierda                       | profanity | 2        | suffix, common, infl=s
puta                         | profanity | 3        | common, infl=s
puto                         | profanity | 3        | common, infl=s        # Spain: intensifier ("puto servicio"); Mexico also a homophobic slur
puta madre                   | profanity | 3        |
me importa una mierda        | profanity | 3        |
me cago en                   | profanity | 2        |                       # always followed by a target; longer forms below
me cago en todo              | profanity | 2        |
me cago en la leche          | profanity | 2        |
me cago en Dios              | profanity | 3        |                       # blasphemy, common in Spain
me cago en la hostia         | profanity | 3        |
me cago en la virgen         | profanity | 3        |
cagar                        | profanity | 2        | infl=gar              # cagado, cagada ("la has cagado"), caguen
cagarla                      | profanity | 2        |
carajo                       | profanity | 2        | infl=s
me importa un carajo         | profanity | 2        |

# --- Spain ---
joder                        | profanity | 2        | infl=er               # jodido, jodida, no me jodas; also "to have sex", listed once here
hostia                       | profanity | 1        | infl=s                # exclamation; also "a blow" (dar hostias)
ostia                        | profanity | 1        | infl=s                # common misspelling of hostia
coño                         | profanity | 2        | accents               # accents: "cono" (cone) must not match
coños                        | profanity | 2        | accents
coñazo                       | profanity | 2        |
cojones                      | profanity | 2        | suffix
cojón                        | profanity | 2        |
acojonante                   | profanity | 1        |
putada                       | profanity | 2        | infl=s
puñeta                       | profanity | 2        | infl=s                # stronger in Puerto Rico
gilipollez                   | profanity | 2        |
gilipolleces                 | profanity | 2        |
me la suda                   | profanity | 2        |
me la pela                   | profanity | 2        |
me importa un huevo          | profanity | 2        |
me importa un pito           | profanity | 1        |
me toca los cojones          | profanity | 3        |
me toca las pelotas          | profanity | 2        |
hasta los cojones            | profanity | 3        |
hasta los huevos             | profanity | 2        |
de los cojones               | profanity | 3        |
de puta madre                | profanity | 2        |                       # "great", still vulgar in support text

# --- Mexico and Central America ---
chingar                      | profanity | 3        | infl=gar              # chingado, chingada, chingue
chingadera                   | profanity | 2        | infl=s
chingadazo                   | profanity | 2        | infl=s
a la verga                   | profanity | 3        |
me vale verga                | profanity | 3        |
me vale madre                | profanity | 2        |
me vale madres               | profanity | 2        |
valiendo madre               | profanity | 2        |
no mames                     | profanity | 2        |
no mamen                     | profanity | 2        |
pendejada                    | profanity | 2        | infl=s
mamadas                      | profanity | 2        |                       # Mexico: "nonsense" (singular is in sexual.lex)
qué poca madre               | profanity | 2        |

# --- Caribbean, Venezuela, Colombia ---
singao                       | profanity | 3        | infl=s                # Cuba
hijueputa                    | profanity | 4        | infl=s                # Colombia, Central America: also an exclamation
jueputa                      | profanity | 4        |
hijuemadre                   | profanity | 2        |

# --- Southern Cone and Andes ---
la puta que lo parió         | profanity | 3        |
la puta que me parió         | profanity | 3        |
la concha de la lora         | profanity | 3        |
conchetumadre                | profanity | 4        |                       # Chile; exclamation or insult
conchetumare                 | profanity | 4        |
conchatumadre                | profanity | 4        |                       # Peru
conchasumadre                | profanity | 4        |
chucha                       | profanity | 2        |                       # Chile, Peru, Ecuador; Colombia: body odour
chucha de tu madre           | profanity | 4        |
me chupa un huevo            | profanity | 2        |
huevada                      | profanity | 2        | infl=s                # Chile, Peru
boludez                      | profanity | 1        |
boludeces                    | profanity | 1        |
pelotudez                    | profanity | 2        |
pelotudeces                  | profanity | 2        |

# --- abbreviations used in chat ---
hdp                          | profanity | 4        | bound                 # hijo de puta; HDP is a party name in English/German news
hdlgp                        | profanity | 4        |                       # hijo de la gran puta
ptm                          | profanity | 3        |                       # puta madre (Mexico, Peru)
ctm                          | profanity | 3        |                       # concha de tu madre / conchetumadre
ctmr                         | profanity | 3        |
csm                          | profanity | 3        | bound                 # concha de su madre; en: customer success manager
lpm                          | profanity | 3        | bound                 # la puta madre; en/de: litres per minute
lpqlp                        | profanity | 3        |                       # la puta que lo parió
alv                          | profanity | 3        | bound                 # a la verga; Swiss German ALV (unemployment insurance)
mrd                          | profanity | 2        | bound                 # mierda; German "Mrd." = billion
vrg                          | profanity | 3        |                       # verga
jdr                          | profanity | 2        | bound                 # joder; French "jdr" = jeu de rôle
tmr                          | profanity | 3        | bound                 # Peru: "tu madre"; English chat "tmr" = tomorrow
hpta                         | profanity | 4        |                       # hijueputa (Colombia)
hpt                          | profanity | 4        |

# ======================================================================
# Round 2
# ======================================================================

# --- Spain: exclamations, "me cago en..." and blasphemy ---
hostia puta                  | profanity | 3        |
ostia puta                   | profanity | 3        |
me cago en la puta           | profanity | 3        |
me cago en la ostia          | profanity | 3        |
me cago en Cristo            | profanity | 3        |
me cago en el copón          | profanity | 2        |
me cago en to                | profanity | 2        |                  # "me cago en to' lo que se menea"
me cago en mi vida           | profanity | 2        |
me cago en la madre que me parió | profanity | 3        |
me cago en la mar            | profanity | 1        |                  # minced form
me cago en diez              | profanity | 1        |                  # minced form
la madre que te parió        | profanity | 2        |
la madre que lo parió        | profanity | 2        |
la madre que me parió        | profanity | 2        |
manda huevos                 | profanity | 2        |
manda cojones                | profanity | 3        |
qué cojones                  | profanity | 3        |
por cojones                  | profanity | 3        |
cojonudo                     | profanity | 2        | infl=o-a
descojonarse                 | profanity | 2        |
descojonante                 | profanity | 2        | infl=s
acojonar                     | profanity | 2        | infl=ar          # acojonado, acojona
jodienda                     | profanity | 2        | infl=s
jodidamente                  | profanity | 2        |
joder                        | profanity | 2        | infl=er-cl, id=es.profanity.joder_enclitic # joderte, jódete, jodiéndome
cagar                        | profanity | 2        | infl=gar-cl, id=es.profanity.cagar_enclitic # cagarse, cágate, cagándome
hasta el coño                | profanity | 3        |
hasta la polla               | profanity | 3        |
me suda la polla             | profanity | 3        |
me suda el coño              | profanity | 3        |
me suda los cojones          | profanity | 3        |
me la trae floja             | profanity | 2        |
me la sopla                  | profanity | 2        |
me importa tres cojones      | profanity | 3        |
me importa un cojón          | profanity | 3        |
me importa una puta mierda   | profanity | 3        |
me importa un culo           | profanity | 2        |
putamadre                    | profanity | 3        |
putísimo                     | profanity | 3        | infl=o-a
putear                       | profanity | 2        | infl=ar          # LatAm: swear at someone; puteada
putiferio                    | profanity | 2        |
coñazos                      | profanity | 2        |                  # Venezuela: blows

# --- Mexico and Central America ---
chingar                      | profanity | 3        | infl=gar-cl, id=es.profanity.chingar_enclitic # chíngate, chingarte
chingada madre               | profanity | 3        |
a la chingada                | profanity | 3        |
chingón                      | profanity | 2        | infl=on-ona      # "awesome", vulgar
vergazo                      | profanity | 2        | infl=s
vale verga                   | profanity | 3        |
valió verga                  | profanity | 3        |
valió madre                  | profanity | 2        |
valió madres                 | profanity | 2        |
de la verga                  | profanity | 3        |
me vale pito                 | profanity | 2        |
me vale un carajo            | profanity | 2        |
madrazo                      | profanity | 2        | infl=s
madrear                      | profanity | 2        | bound, infl=ar   # bound: fr "madrée"; beat up
putazo                       | profanity | 2        | infl=s
putiza                       | profanity | 2        | infl=s
madriza                      | profanity | 2        | infl=s
pendejear                    | profanity | 2        | infl=ar
encabronar                   | profanity | 2        | infl=ar          # encabronado
emputar                      | profanity | 2        | infl=ar          # emputado

# --- Caribbean, Venezuela, Colombia ---
coño de la madre             | profanity | 3        |                  # Venezuela

# --- Southern Cone and Andes ---
garcha                       | profanity | 3        | infl=s           # Argentina: "crap", also "dick"
al pedo                      | profanity | 1        |                  # Argentina: "for nothing"
boludear                     | profanity | 1        | infl=ar
huevear                      | profanity | 1        | infl=ar          # Chile
webear                       | profanity | 1        | infl=ar          # Chile spelling
la concha de su madre        | profanity | 4        |
conchesumadre                | profanity | 4        |
conchesumare                 | profanity | 4        |
me chupa la pija             | profanity | 3        |
me chupa la chota            | profanity | 3        |
me chupa la monda            | profanity | 3        |                  # Colombia

# --- abbreviations ---
ptmr                         | profanity | 3        |                  # puta madre
csmr                         | profanity | 3        |                  # conchesumare
mmv                          | profanity | 3        |                  # me vale verga
vlv                          | profanity | 2        | bound            # vale verga; bound: en "vlv" (valve)
pta                          | profanity | 2        | bound            # puta; en "PTA", es "pta." (peseta)
mrda                         | profanity | 2        |
vrga                         | profanity | 3        |
pndj                         | profanity | 3        |                  # pendejo

# --- round 2, more ---
mecagüen                     | profanity | 2        |                  # contracted "me cago en"
cagüen                       | profanity | 2        |
mecagoen                     | profanity | 2        |
hijodeputa                   | profanity | 4        | infl=s
hijadeputa                   | profanity | 4        | infl=s
laputamadre                  | profanity | 3        |
puta vida                    | profanity | 2        |
vergón                       | profanity | 2        | infl=on-ona      # Mexico: "awesome", vulgar

# ======================================================================
# Round 3
# ======================================================================

# --- Spain: minced and strong intensifiers ---
puñetero                     | profanity | 2        | infl=o-a         # "el puñetero pedido"
me cago en la puta de oros   | profanity | 2        |
me cago en tu puta calavera  | profanity | 3        |
cojonazos                    | profanity | 2        |
tócate los cojones           | profanity | 3        |
tócate los huevos            | profanity | 2        |
qué coño                     | profanity | 2        |

# --- "maldito": the mild curse (damn) ---
maldita sea                  | profanity | 1        |
maldito sea                  | profanity | 1        |
malditos sean                | profanity | 1        |
malditas sean                | profanity | 1        |
maldita sea mi suerte        | profanity | 1        |
la maldita boca              | profanity | 2        |                  # "cállate la maldita boca"

# --- Mexico: "pinche" (the intensifier; bare "pinche" is also "pinche aquí", click here,
# and a kitchen hand in Spain, so only its slang spellings and fixed phrases) ---
pinchi                       | profanity | 2        | infl=s
pinshi                       | profanity | 2        | infl=s
pinche servicio              | profanity | 2        |
pinche empresa               | profanity | 2        |
pinche compañía              | profanity | 2        |
pinche app                   | profanity | 2        |
pinche aplicación            | profanity | 2        |
pinche banco                 | profanity | 2        |
pinche gente                 | profanity | 2        |
pinche vida                  | profanity | 2        |
pinche video                 | profanity | 2        |
pinche vídeo                 | profanity | 2        |
pinche basura                | profanity | 2        |
pinche vieja                 | profanity | 2        |
pinche viejo                 | profanity | 2        |
pinche madre                 | profanity | 3        |
pinches viejas               | profanity | 2        |
pinche wey                   | profanity | 2        |
pinche güey                  | profanity | 2        |
no pinches                   | profanity | 2        |                  # Mexico, like "no mames"
un chingo                    | profanity | 2        |
chingadamadre                | profanity | 3        |
chingados                    | profanity | 3        |
valer verga                  | profanity | 3        |
vale madres                  | profanity | 2        |

# --- Southern Cone and Andes ---
conchatumare                 | profanity | 4        |
conchadetumadre              | profanity | 4        |                  # written as one word
conchadesumadre              | profanity | 4        |
conchasumare                 | profanity | 4        |
la puta madre que te parió   | profanity | 3        |
la reputa madre              | profanity | 3        |                  # Argentina
reputa                       | profanity | 3        | infl=s
la concha de tu hermana      | profanity | 4        |
chucha de su madre           | profanity | 4        |

# --- abbreviations and chat spellings ---
hdpm                         | profanity | 4        |                  # hijo de puta madre
hdptm                        | profanity | 4        |
ptmadre                      | profanity | 3        |
ptmdr                        | profanity | 3        |
kbron                        | profanity | 3        | infl=es          # "cabrón", k for ca
mrdd                         | profanity | 2        |
ctmre                        | profanity | 3        |
