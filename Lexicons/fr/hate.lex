@format decorum-lexicon 1
@language fr
# Hate: slurs and attacks against protected groups (origin, religion, sexual
# orientation, gender identity, gender, disability).
# term                          | category   | severity | flags

# --- origin, ethnicity, colour -------------------------------------------
nègre                           | hate       | 4        | infl=s
négresse                        | hate       | 4        | infl=s
négro                           | hate       | 4        | bound, infl=s    # es "negro" (black): accents are folded
négraille                       | hate       | 4        |
bamboula                        | hate       | 4        | infl=s           # also an old word for a party: review
sale noir                       | hate       | 4        |
sale noire                      | hate       | 4        |
sale singe                      | hate       | 4        |
sale macaque                    | hate       | 4        |
bougnoule                       | hate       | 4        | infl=s
bougnoul                        | hate       | 4        | infl=s
bicot                           | hate       | 4        | infl=s
crouille                        | hate       | 4        | infl=s
sale arabe                      | hate       | 4        |
sale bougnoule                  | hate       | 4        |
chinetoque                      | hate       | 4        | infl=s
chintok                         | hate       | 4        | infl=s
niakoué                         | hate       | 4        | infl=s
sale chinois                    | hate       | 4        |
sale chinoise                   | hate       | 4        |
rital                           | hate       | 3        | infl=s
polak                           | hate       | 3        | infl=s
polack                          | hate       | 3        | infl=s
boche                           | hate       | 3        | bound, infl=s    # es "boche" (commotion, a game)
romano                          | hate       | 3        | bound, infl=s    # es "romano" (Roman)
sale gitan                      | hate       | 4        |
sale gitane                     | hate       | 4        |
sale blanc                      | hate       | 3        |
retourne dans ton pays          | hate       | 3        |
rentre dans ton pays            | hate       | 3        |
retourne dans ton bled          | hate       | 3        |
retourne en afrique             | hate       | 4        |
sale étranger                   | hate       | 3        |
sale immigré                    | hate       | 4        |

# --- religion ------------------------------------------------------------
youpin                          | hate       | 4        | infl=in          # → youpine; not "youpi"
youtre                          | hate       | 4        | infl=s
sale juif                       | hate       | 4        |
sale juive                      | hate       | 4        |
sale feuj                       | hate       | 4        |
mort aux juifs                  | hate       | 4        |
sale musulman                   | hate       | 4        |
sale musulmane                  | hate       | 4        |
sale muzz                       | hate       | 4        |
mort aux arabes                 | hate       | 4        |
mort aux musulmans              | hate       | 4        |
sale catho                      | hate       | 3        |
sale chrétien                   | hate       | 3        |

# --- sexual orientation, gender identity ---------------------------------
pédé                            | hate       | 4        | infl=s
pd                              | hate       | 4        | bound            # en "PD" (police department)
sale pédale                     | hate       | 4        |                  # "pédale" alone is a pedal
tapette                         | hate       | 4        | addressed, infl=s    # also a fly swatter / mousetrap: review
tarlouze                        | hate       | 4        | infl=s
tafiole                         | hate       | 4        | infl=s
tantouze                        | hate       | 4        | infl=s
fiotte                          | hate       | 4        | infl=s
lopette                         | hate       | 3        | infl=s
fif                             | hate       | 4        | infl=s           # Québec
gouine                          | hate       | 4        | infl=s
travelo                         | hate       | 4        | infl=s
sale trans                      | hate       | 4        |
sale homo                       | hate       | 4        |
sale gouine                     | hate       | 4        |

# --- gender ----------------------------------------------------------------
retourne à ta cuisine           | hate       | 3        |
retourne dans ta cuisine        | hate       | 3        |
femmelette                      | hate       | 2        | infl=s
une femme ça ferme sa gueule    | hate       | 4        |

# --- disability ----------------------------------------------------------
mongolien                       | hate       | 4        | infl=ien
gogol                           | hate       | 3        | bound, infl=s    # also the writer Gogol (en, de, es): review
triso                           | hate       | 3        | infl=s
sale handicapé                  | hate       | 4        |
sale handicapée                 | hate       | 4        |

# === round 2 ==============================================================

# --- origin, ethnicity, colour -------------------------------------------
négrillon                           | hate       | 4        | infl=s
négrillonne                         | hate       | 4        | infl=s
blackos                             | hate       | 3        |
sale renoi                          | hate       | 4        |
sale black                          | hate       | 4        |
noiraud                             | hate       | 2        | infl=aud
bounty                              | hate       | 3        | addressed, bound, infl=s # en "Bounty"; also a chocolate bar
macaque                             | hate       | 3        | addressed, bound, infl=s # en "macaque"; "sale macaque" is listed
babouin                             | hate       | 3        | addressed, infl=s
retourne dans ta brousse            | hate       | 4        |
retourne dans ta jungle             | hate       | 4        |
mange tes bananes                   | hate       | 4        |
raton                               | hate       | 4        | addressed, bound, infl=s # also a young rat; es "ratón"
ratonnade                           | hate       | 4        | infl=s
melon                               | hate       | 3        | addressed, bound, infl=s # also the fruit; en, de, es "melon"
arbi                                | hate       | 4        | infl=s
sale rebeu                          | hate       | 4        |
sale beur                           | hate       | 4        |
sale reubeu                         | hate       | 4        |
bougnoulisation                     | hate       | 4        |
bouffeur de couscous                | hate       | 3        |
enturbanné                          | hate       | 4        | infl=é
chamelier                           | hate       | 3        | addressed, infl=s
niak                                | hate       | 4        | infl=s
noich                               | hate       | 3        | infl=s           # verlan of chinois
chinetok                            | hate       | 4        | infl=s
bridé                               | hate       | 3        | bound, addressed, infl=é # "moteur bridé" (throttled) passes
sale bridé                          | hate       | 4        |
sale jaune                          | hate       | 4        |
face de citron                      | hate       | 4        |
manouche                            | hate       | 2        | addressed, infl=s # also a self-designation: addressed only
romanichel                          | hate       | 3        | infl=s
sale rom                            | hate       | 4        |
sale romano                         | hate       | 4        |
sale manouche                       | hate       | 4        |
voleur de poules                    | hate       | 3        |
voleurs de poules                   | hate       | 3        |
macaroni                            | hate       | 2        | addressed, bound, infl=s # also pasta
sale rital                          | hate       | 3        |
espingouin                          | hate       | 3        | infl=s
espingo                             | hate       | 3        | infl=s
chleuh                              | hate       | 3        | infl=s           # review: also the Chleuh (Berber) people
schleu                              | hate       | 3        | infl=s
sale boche                          | hate       | 3        |
rosbif                              | hate       | 2        | bound, addressed, infl=s # also roast beef
amerloque                           | hate       | 2        | infl=s
bloke                               | hate       | 2        | bound, infl=s    # Québec, anglophone; en "bloke"
tête carrée                         | hate       | 2        | infl=s           # Québec, anglophone
maudit Français                     | hate       | 2        |                  # Québec
maudits Français                    | hate       | 2        |
maudit Anglais                      | hate       | 2        |
maudits Anglais                     | hate       | 2        |
sale céfran                         | hate       | 3        |
sale babtou                         | hate       | 3        |
sale toubab                         | hate       | 3        |
face de craie                       | hate       | 2        |
sale français                       | hate       | 3        |
sale portos                         | hate       | 3        |
sale turc                           | hate       | 4        |
sale polak                          | hate       | 3        |
sale roumain                        | hate       | 4        |
sale africain                       | hate       | 4        |
sale noich                          | hate       | 4        |
sale asiat                          | hate       | 4        |
asiat                               | hate       | 3        | bound, infl=s
sale sauvage                        | hate       | 4        |
retournez dans votre pays           | hate       | 3        |
rentrez dans votre pays             | hate       | 3        |
dehors les immigrés                 | hate       | 4        |
dehors les arabes                   | hate       | 4        |
la france aux français              | hate       | 3        |
race inférieure                     | hate       | 4        |
races inférieures                   | hate       | 4        |
sous-race                           | hate       | 4        | infl=s
sous-homme                          | hate       | 4        | infl=s

# --- religion ------------------------------------------------------------
youde                               | hate       | 4        | infl=s
juiverie                            | hate       | 4        | infl=s
sionard                             | hate       | 3        | infl=s
sale youpin                         | hate       | 4        |
sale youde                          | hate       | 4        |
les juifs au four                   | hate       | 4        |
au four les juifs                   | hate       | 4        |
retourne à auschwitz                | hate       | 4        |
heil hitler                         | hate       | 4        |
sieg heil                           | hate       | 4        |
vive hitler                         | hate       | 4        |
hitler avait raison                 | hate       | 4        |
juif de merde                       | hate       | 4        |
juive de merde                      | hate       | 4        |
muzz                                | hate       | 4        | infl=s
musulmerde                          | hate       | 4        | infl=s
islamerde                           | hate       | 4        | infl=s
arabe de merde                      | hate       | 4        |
noir de merde                       | hate       | 4        |
chinois de merde                    | hate       | 4        |
immigré de merde                    | hate       | 4        |
sale terroriste                     | hate       | 4        |
bouffeur de porc                    | hate       | 3        |
chrétien de merde                   | hate       | 3        |
catho de merde                      | hate       | 3        |
sale athée                          | hate       | 3        |

# --- sexual orientation, gender identity ---------------------------------
pédale                              | hate       | 4        | bound, addressed, infl=s # also a pedal
sale pédé                           | hate       | 4        |
pédé comme un phoque                | hate       | 4        |
tarlouse                            | hate       | 4        | infl=s
tantouse                            | hate       | 4        | infl=s
fiote                               | hate       | 4        | infl=s
tafiolle                            | hate       | 4        | infl=s
gouinasse                           | hate       | 4        | infl=s
broute-minou                        | hate       | 3        | infl=s
camionneuse                         | hate       | 3        | addressed, infl=s # also a woman truck driver
moumoune                            | hate       | 3        | infl=s           # Québec
grande folle                        | hate       | 3        |
inverti                             | hate       | 3        | addressed, infl=i
enculé de pédé                      | hate       | 4        |
sale travelo                        | hate       | 4        |
sale tapette                        | hate       | 4        |
sale tarlouze                       | hate       | 4        |
homo de merde                       | hate       | 4        |
trans de merde                      | hate       | 4        |

# --- gender ----------------------------------------------------------------
femelle                             | hate       | 3        | addressed, infl=s # "connecteur femelle" passes
sale femelle                        | hate       | 3        |
sale bonne femme                    | hate       | 3        |
retourne à tes casseroles           | hate       | 3        |
retourne faire la vaisselle         | hate       | 3        |
va faire la vaisselle               | hate       | 3        |
va faire à manger                   | hate       | 2        |
retourne à tes fourneaux            | hate       | 3        |
féminazie                           | hate       | 2        | infl=s
féminazi                            | hate       | 2        | infl=s
sale féministe                      | hate       | 2        |
les femmes c'est toutes des putes   | hate       | 4        |
toutes des salopes                  | hate       | 4        |
toutes des putes                    | hate       | 4        |
passe-moi un homme                  | hate       | 3        |

# --- disability ----------------------------------------------------------
mongol                              | hate       | 3        | addressed, bound, infl=e # also "Mongol(e)" (Mongolia); en "Mongol"
mongoloïde                          | hate       | 4        | infl=s
gogole                              | hate       | 3        | infl=s
trisomique                          | hate       | 3        | addressed, infl=s # medical sense passes
autiste                             | hate       | 3        | addressed, infl=s # medical sense passes
sale autiste                        | hate       | 4        |
t'es autiste ou quoi                | hate       | 3        |
t'es handicapé                      | hate       | 3        |
t'es handicapé ou quoi              | hate       | 3        |
espèce d'handicapé                  | hate       | 3        |
espèce de handicapé                 | hate       | 3        |
cotorep                             | hate       | 2        | addressed        # old disability board; "t'es cotorep"
nain                                | hate       | 2        | addressed, infl=s
sale nain                           | hate       | 3        |
estropié                            | hate       | 2        | addressed, infl=é
schizo                              | hate       | 2        | addressed, infl=s

# === round 3 ==============================================================

# --- plural forms of the "sale …" and "… de merde" phrases -----------------
sales arabes                        | hate       | 4        |
sales noirs                         | hate       | 4        |
sales noires                        | hate       | 4        |
sales blacks                        | hate       | 4        |
sales renois                        | hate       | 4        |
sales rebeus                        | hate       | 4        |
sales beurs                         | hate       | 4        |
sales juifs                         | hate       | 4        |
sales juives                        | hate       | 4        |
sales feujs                         | hate       | 4        |
sales musulmans                     | hate       | 4        |
sales musulmanes                    | hate       | 4        |
sales gitans                        | hate       | 4        |
sales roms                          | hate       | 4        |
sales manouches                     | hate       | 4        |
sales immigrés                      | hate       | 4        |
sales étrangers                     | hate       | 4        |
sales migrants                      | hate       | 4        |
sale migrant                        | hate       | 4        |
sales africains                     | hate       | 4        |
sales turcs                         | hate       | 4        |
sales roumains                      | hate       | 4        |
sales blancs                        | hate       | 3        |
sales homos                         | hate       | 4        |
sales handicapés                    | hate       | 4        |
sales catholiques                   | hate       | 3        |
sale catholique                     | hate       | 3        |
arabes de merde                     | hate       | 4        |
noirs de merde                      | hate       | 4        |
juifs de merde                      | hate       | 4        |
musulman de merde                   | hate       | 4        |
musulmans de merde                  | hate       | 4        |
immigrés de merde                   | hate       | 4        |
migrant de merde                    | hate       | 4        |
migrants de merde                   | hate       | 4        |
réfugié de merde                    | hate       | 4        |
réfugiés de merde                   | hate       | 4        |
gitan de merde                      | hate       | 4        |
gitans de merde                     | hate       | 4        |
rom de merde                        | hate       | 4        |
roms de merde                       | hate       | 4        |
renoi de merde                      | hate       | 4        |
rebeu de merde                      | hate       | 4        |
feuj de merde                       | hate       | 4        |
chinetoque de merde                 | hate       | 4        |
homos de merde                      | hate       | 4        |
gouine de merde                     | hate       | 4        |
handicapé de merde                  | hate       | 4        |
handicapés de merde                 | hate       | 4        |
blanc de merde                      | hate       | 3        |
blancs de merde                     | hate       | 3        |

# --- "mort aux …" ------------------------------------------------------------
mort aux noirs                      | hate       | 4        |
mort aux blancs                     | hate       | 4        |
mort aux immigrés                   | hate       | 4        |
mort aux migrants                   | hate       | 4        |
mort aux réfugiés                   | hate       | 4        |
mort aux roms                       | hate       | 4        |
mort aux gitans                     | hate       | 4        |
mort aux pédés                      | hate       | 4        |
mort aux homos                      | hate       | 4        |
mort aux gouines                    | hate       | 4        |
mort aux trans                      | hate       | 4        |
mort aux femmes                     | hate       | 4        |
mort aux handicapés                 | hate       | 4        |
mort aux chrétiens                  | hate       | 4        |
mort aux catholiques                | hate       | 4        |
mort aux athées                     | hate       | 4        |

# --- origin, ethnicity ------------------------------------------------------
crouillat                           | hate       | 4        | infl=s
chinetoc                            | hate       | 4        | infl=s
romanichelle                        | hate       | 3        | infl=s
fridolin                            | hate       | 2        | bound, infl=s    # de first name "Fridolin"
portos                              | hate       | 2        | addressed        # also a few Porto wines

# --- sexual orientation, gender identity ------------------------------------
goudou                              | hate       | 3        | infl=s
travlo                              | hate       | 4        | infl=s           # spelling of travelo
sodomite                            | hate       | 3        | addressed, infl=s # biblical sense passes
pédéraste                           | hate       | 3        | addressed, infl=s # historical sense passes
sale folle                          | hate       | 3        |

# --- disability ----------------------------------------------------------
golmon                              | hate       | 3        | infl=s           # verlan of mongol
mongolo                             | hate       | 3        | infl=s
gros mongol                         | hate       | 3        |
grosse mongole                      | hate       | 3        |
sourdingue                          | hate       | 1        | infl=s
# mongol as a noun aimed at someone ("un mongol", "ce mongol"); "le mongol"
# (the language), "l'empire mongol" and "cours de mongol" pass
un mongol                           | hate       | 3        |
une mongole                         | hate       | 3        |
ce mongol                           | hate       | 3        |
cette mongole                       | hate       | 3        |
ces mongols                         | hate       | 3        |
vrai mongol                         | hate       | 3        |
petit mongol                        | hate       | 3        |
quel mongol                         | hate       | 3        |
quelle mongole                      | hate       | 3        |
tel mongol                          | hate       | 3        |

# --- mockery of East Asians --------------------------------------------------
ching chong                         | hate       | 3        |
chingchong                          | hate       | 3        |
ching chang chong                   | hate       | 3        |

# --- dehumanising a group ---------------------------------------------------
sont des pourritures                | hate       | 3        |
que des pourritures                 | hate       | 3        |
complètes pourritures               | hate       | 3        |
parasites de la société             | hate       | 3        |
parasites de notre société          | hate       | 3        |
ne méritent pas de vivre            | hate       | 4        |
mort à tous les                     | hate       | 4        |                  # "mort à tous les juifs", "m0rt à tous les…"
mort à toutes les                   | hate       | 4        |
zamel                               | hate       | 4        | infl=s           # Maghrebi slang slur for gay men

# --- religion: "infidel" insults --------------------------------------------
sale kouffar                        | hate       | 3        |
sales kouffars                      | hate       | 3        |
sale kafir                          | hate       | 3        |
sale mécréant                       | hate       | 3        |
sale goy                            | hate       | 3        |

# --- "sale" + origin: more nationalities (plural and feminine forms) -----------
sale algérien                       | hate       | 4        |
sales algériens                     | hate       | 4        |
sale algérienne                     | hate       | 4        |
sales algériennes                   | hate       | 4        |
sale marocain                       | hate       | 4        |
sales marocains                     | hate       | 4        |
sale marocaine                      | hate       | 4        |
sales marocaines                    | hate       | 4        |
sale tunisien                       | hate       | 4        |
sales tunisiens                     | hate       | 4        |
sale tunisienne                     | hate       | 4        |
sales tunisiennes                   | hate       | 4        |
sale maghrébin                      | hate       | 4        |
sales maghrébins                    | hate       | 4        |
sale maghrébine                     | hate       | 4        |
sales maghrébines                   | hate       | 4        |
sale sénégalais                     | hate       | 4        |
sales sénégalais                    | hate       | 4        |
sale sénégalaise                    | hate       | 4        |
sales sénégalaises                  | hate       | 4        |
sale malien                         | hate       | 4        |
sales maliens                       | hate       | 4        |
sale malienne                       | hate       | 4        |
sales maliennes                     | hate       | 4        |
sale congolais                      | hate       | 4        |
sales congolais                     | hate       | 4        |
sale congolaise                     | hate       | 4        |
sales congolaises                   | hate       | 4        |
sale comorien                       | hate       | 4        |
sales comoriens                     | hate       | 4        |
sale comorienne                     | hate       | 4        |
sales comoriennes                   | hate       | 4        |
sale pakistanais                    | hate       | 4        |
sales pakistanais                   | hate       | 4        |
sale pakistanaise                   | hate       | 4        |
sales pakistanaises                 | hate       | 4        |
sale asiatique                      | hate       | 4        |
sales asiatiques                    | hate       | 4        |
sale vietnamien                     | hate       | 4        |
sales vietnamiens                   | hate       | 4        |
sale vietnamienne                   | hate       | 4        |
sales vietnamiennes                 | hate       | 4        |
sale afghan                         | hate       | 4        |
sales afghans                       | hate       | 4        |
sale afghane                        | hate       | 4        |
sales afghanes                      | hate       | 4        |
sale syrien                         | hate       | 4        |
sales syriens                       | hate       | 4        |
sale syrienne                       | hate       | 4        |
sales syriennes                     | hate       | 4        |
sale tchétchène                     | hate       | 4        |
sales tchétchènes                   | hate       | 4        |
sale albanais                       | hate       | 4        |
sales albanais                      | hate       | 4        |
sale albanaise                      | hate       | 4        |
sales albanaises                    | hate       | 4        |
sale portugais                      | hate       | 3        |
sales portugais                     | hate       | 3        |
sale portugaise                     | hate       | 3        |
sales portugaises                   | hate       | 3        |
sale polonais                       | hate       | 3        |
sales polonais                      | hate       | 3        |
sale polonaise                      | hate       | 3        |
sales polonaises                    | hate       | 3        |
sale italien                        | hate       | 3        |
sales italiens                      | hate       | 3        |
sale italienne                      | hate       | 3        |
sales italiennes                    | hate       | 3        |
sale espagnol                       | hate       | 3        |
sales espagnols                     | hate       | 3        |
sale espagnole                      | hate       | 3        |
sales espagnoles                    | hate       | 3        |
sale anglais                        | hate       | 3        |
sales anglais                       | hate       | 3        |
sale anglaise                       | hate       | 3        |
sales anglaises                     | hate       | 3        |
sale allemand                       | hate       | 3        |
sales allemands                     | hate       | 3        |
sale allemande                      | hate       | 3        |
sales allemandes                    | hate       | 3        |
sale belge                          | hate       | 3        |
sales belges                        | hate       | 3        |
sale suisse                         | hate       | 3        |
sales suisses                       | hate       | 3        |
sale québécois                      | hate       | 3        |
sales québécois                     | hate       | 3        |
sale québécoise                     | hate       | 3        |
sales québécoises                   | hate       | 3        |
