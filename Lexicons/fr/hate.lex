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
tapette                         | hate       | 4        | infl=s           # also a fly swatter / mousetrap: review
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
