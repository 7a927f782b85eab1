@format decorum-lexicon 1
@language fr
# Harassment: fixed phrases meant to demean, silence or attack someone.
# term                          | category   | severity | flags

# --- shut up -------------------------------------------------------------
ta gueule                       | harassment | 3        |
ferme ta gueule                 | harassment | 3        |
fermez vos gueules              | harassment | 3        |
fermez-la                       | harassment | 2        |
ferme-la                        | harassment | 2        |
ferme ta bouche                 | harassment | 2        |
tais-toi                        | harassment | 1        |
taisez-vous                     | harassment | 1        |
ftg                             | harassment | 3        |                  # "ferme ta gueule"
tg                              | harassment | 2        | bound            # "ta gueule"; also an abbreviation elsewhere
ta yeule                        | harassment | 3        |                  # Québec
farme ta yeule                  | harassment | 3        |                  # Québec

# --- go away / get lost --------------------------------------------------
va te faire foutre              | harassment | 3        |
allez vous faire foutre         | harassment | 3        |
vtff                            | harassment | 3        |                  # "va te faire foutre"
va te faire enculer             | harassment | 4        |
allez vous faire enculer        | harassment | 4        |
va te faire voir                | harassment | 2        |
va te faire cuire un œuf        | harassment | 1        |
va te faire mettre              | harassment | 3        |
va te faire fourrer             | harassment | 3        |                  # Québec
va chier                        | harassment | 3        |
va donc chier                   | harassment | 3        |                  # Québec
allez chier                     | harassment | 3        |
casse-toi                       | harassment | 2        |
cassez-vous                     | harassment | 2        |
barre-toi                       | harassment | 2        |
dégage connard                  | harassment | 3        |
crisse ton camp                 | harassment | 2        |                  # Québec
va jouer dans le trafic         | harassment | 3        |                  # Québec

# --- your mother ---------------------------------------------------------
nique ta mère                   | harassment | 4        |
nique sa mère                   | harassment | 4        |
nique ta race                   | harassment | 4        |
nique ta grand-mère             | harassment | 4        |
ntm                             | harassment | 4        |                  # "nique ta mère"
nsm                             | harassment | 4        |                  # "nique sa mère"
ta mère la pute                 | harassment | 4        |
je baise ta mère                | harassment | 4        |
ta mère la chienne              | harassment | 4        |

# --- contempt ------------------------------------------------------------
je t'emmerde                    | harassment | 3        |
je vous emmerde                 | harassment | 3        |
je te chie dessus               | harassment | 3        |
je vous chie dessus             | harassment | 3        |
mange de la merde               | harassment | 3        |
bouffe de la merde              | harassment | 3        |
mange d'la marde                | harassment | 3        |                  # Québec
mange un char de marde          | harassment | 3        |                  # Québec
t'es qu'une merde               | harassment | 3        |
t'es une merde                  | harassment | 3        |
tu es une merde                 | harassment | 3        |
vous êtes des merdes            | harassment | 3        |
t'es qu'un déchet               | harassment | 3        |
tu ne sers à rien               | harassment | 2        |
tu sers à rien                  | harassment | 2        |
personne ne t'aime              | harassment | 3        |
personne ne vous aime           | harassment | 3        |
tout le monde te déteste        | harassment | 3        |
t'as pas de couilles            | harassment | 2        |
t'es moche                      | harassment | 2        |
t'es grosse                     | harassment | 2        |
sale grosse                     | harassment | 3        |
gros tas de merde               | harassment | 3        |
tu me dégoûtes                  | harassment | 2        |

# --- wishing death, urging self-harm -------------------------------------
va crever la gueule ouverte     | harassment | 4        |                  # not "va crever" alone: "le pneu va crever"
t'as qu'à crever                | harassment | 4        |
allez crever                    | harassment | 4        |
crève en enfer                  | harassment | 4        |
crevez tous                     | harassment | 4        |
tu peux crever                  | harassment | 3        |
tue-toi                         | harassment | 4        |
suicide-toi                     | harassment | 4        |
va te suicider                  | harassment | 4        |
va te pendre                    | harassment | 4        |
pends-toi                       | harassment | 4        |
jette-toi sous un train         | harassment | 4        |
jette-toi par la fenêtre        | harassment | 4        |
fais-nous plaisir et crève      | harassment | 4        |
le monde serait mieux sans toi  | harassment | 4        |
