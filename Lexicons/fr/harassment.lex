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

# === round 2 ==============================================================

# --- shut up -------------------------------------------------------------
ferme ta grande gueule              | harassment | 3        |
fermez vos grandes gueules          | harassment | 3        |
fermes ta gueule                    | harassment | 3        |                  # common misspelling
ta geule                            | harassment | 3        |                  # common misspelling
ta gueul                            | harassment | 3        |
fmtg                                | harassment | 3        |                  # "ferme ta gueule"
ferme ta putain de gueule           | harassment | 4        |
boucle-la                           | harassment | 2        |
bouclez-la                          | harassment | 2        |
ferme ton clapet                    | harassment | 2        |
ferme ton bec                       | harassment | 1        |
farme ta gueule                     | harassment | 3        |                  # Québec
ferme ta yeule                      | harassment | 3        |                  # Québec

# --- go away / get lost --------------------------------------------------
va te faire niquer                  | harassment | 4        |
allez vous faire niquer             | harassment | 4        |
va te faire baiser                  | harassment | 3        |
allez vous faire baiser             | harassment | 3        |
va te faire sucer                   | harassment | 3        |
allez vous faire voir               | harassment | 2        |
allez vous faire mettre             | harassment | 3        |
allez vous faire fourrer            | harassment | 3        |                  # Québec
va te faire voir chez les grecs     | harassment | 2        |
va te faire soigner                 | harassment | 2        |
allez vous faire soigner            | harassment | 2        |
va niquer ta mère                   | harassment | 4        |
va mourir                           | harassment | 4        |
allez mourir                        | harassment | 4        |
va brûler en enfer                  | harassment | 4        |
brûle en enfer                      | harassment | 4        |
brûlez en enfer                     | harassment | 4        |
crève charogne                      | harassment | 4        |
crève salope                        | harassment | 4        |
crève connard                       | harassment | 4        |
fous le camp                        | harassment | 2        |
foutez le camp                      | harassment | 2        |
fous-moi la paix                    | harassment | 2        |
foutez-moi la paix                  | harassment | 2        |
lâche-moi la grappe                 | harassment | 1        |

# --- your mother ---------------------------------------------------------
je baise ta race                    | harassment | 4        |
je nique ta race                    | harassment | 4        |
je nique ta mère                    | harassment | 4        |
ta mère la salope                   | harassment | 4        |
ta mère suce des bites              | harassment | 4        |
ta mère la grosse pute              | harassment | 4        |
ta race la pute                     | harassment | 4        |
nique tes morts                     | harassment | 4        |
nique ta reum                       | harassment | 4        |                  # verlan of mère

# --- contempt ------------------------------------------------------------
je t'encule                         | harassment | 4        |
je vous encule                      | harassment | 4        |
je te pisse dessus                  | harassment | 3        |
je vous pisse dessus                | harassment | 3        |
je te crache dessus                 | harassment | 2        |
je vous crache dessus               | harassment | 2        |
je te crache à la gueule            | harassment | 3        |
tu me casses les couilles           | harassment | 3        |
vous me cassez les couilles         | harassment | 3        |
tu me pètes les couilles            | harassment | 3        |
tu me casses les burnes             | harassment | 3        |
tu me les brises                    | harassment | 2        |
vous me les brisez                  | harassment | 2        |
tu me fais chier                    | harassment | 3        |
vous me faites chier                | harassment | 3        |
vous me dégoûtez                    | harassment | 2        |
tu me fais vomir                    | harassment | 2        |
vous me faites vomir                | harassment | 2        |
t'es qu'un raté                     | harassment | 2        |
t'es qu'une ratée                   | harassment | 2        |
t'es qu'un bon à rien               | harassment | 3        |
t'es qu'une bonne à rien            | harassment | 3        |
t'es qu'un minable                  | harassment | 3        |
t'es qu'une pute                    | harassment | 4        |
t'es qu'une salope                  | harassment | 4        |
t'es qu'un connard                  | harassment | 3        |
t'es qu'un pauvre con               | harassment | 3        |
t'as pas de cerveau                 | harassment | 2        |
t'as rien dans le crâne             | harassment | 2        |
t'as pas de cervelle                | harassment | 2        |
t'es laide                          | harassment | 2        |
t'es laid                           | harassment | 2        |
t'es qu'une grosse                  | harassment | 3        |
t'es qu'un gros                     | harassment | 3        |
tu pues                             | harassment | 2        |
tu pues la merde                    | harassment | 3        |
retourne sucer ton patron           | harassment | 4        |
retourne sucer des bites            | harassment | 4        |
je vais te pourrir la vie           | harassment | 3        |
je vais vous pourrir la vie         | harassment | 2        |
je vais te harceler                 | harassment | 3        |
je vais publier ton adresse         | harassment | 3        |
je vais publier tes photos          | harassment | 3        |
je vais balancer tes photos         | harassment | 3        |
je vais balancer ton adresse        | harassment | 3        |
je vais diffuser tes photos         | harassment | 3        |

# --- wishing death, urging self-harm -------------------------------------
crève la gueule ouverte             | harassment | 4        |
j'espère que tu vas crever          | harassment | 4        |
j'espère que tu crèves              | harassment | 4        |
j'espère que tu vas mourir          | harassment | 4        |
j'espère que tu meurs               | harassment | 4        |
j'espère que vous allez crever      | harassment | 4        |
j'espère que vous crèverez          | harassment | 4        |
je te souhaite de crever            | harassment | 4        |
je vous souhaite de crever          | harassment | 4        |
je te souhaite de mourir            | harassment | 4        |
je te souhaite un cancer            | harassment | 4        |
je vous souhaite un cancer          | harassment | 4        |
chope un cancer                     | harassment | 4        |
crève du cancer                     | harassment | 4        |
crève du sida                       | harassment | 4        |
va te jeter d'un pont               | harassment | 4        |
jette-toi d'un pont                 | harassment | 4        |
saute d'un pont                     | harassment | 4        |
saute par la fenêtre                | harassment | 4        |
fais-toi sauter le caisson          | harassment | 4        |
tire-toi une balle                  | harassment | 4        |
mets-toi une balle                  | harassment | 4        |
ouvre-toi les veines                | harassment | 4        |
tranche-toi les veines              | harassment | 4        |
tu devrais te suicider              | harassment | 4        |
tu devrais te tuer                  | harassment | 4        |
tu devrais crever                   | harassment | 4        |
tu mérites de crever                | harassment | 4        |
tu mérites de mourir                | harassment | 4        |
vous méritez de crever              | harassment | 4        |
personne ne te regrettera           | harassment | 4        |
fais-nous une faveur et crève       | harassment | 4        |
tu mérites d'être violée            | harassment | 4        |
j'espère que tu te feras violer     | harassment | 4        |
j'espère que ta mère va crever      | harassment | 4        |
j'espère que tes enfants vont crever| harassment | 4        |

# === round 3 ==============================================================

# --- your mother, your family ---------------------------------------------
nik ta mère                         | harassment | 4        |
nik sa mère                         | harassment | 4        |
nik ta race                         | harassment | 4        |
nik ta reum                         | harassment | 4        |
niktamère                           | harassment | 4        |
nique sa race                       | harassment | 4        |
nique ton père                      | harassment | 4        |
nique ta sœur                       | harassment | 4        |
nique ta famille                    | harassment | 4        |
nique vos mères                     | harassment | 4        |
nique vos races                     | harassment | 4        |
nique leur mère                     | harassment | 4        |
niquez vos mères                    | harassment | 4        |
je baise ta sœur                    | harassment | 4        |
je baise ta famille                 | harassment | 4        |
je nique ta sœur                    | harassment | 4        |
ta sœur la pute                     | harassment | 4        |
ta mère la tepu                     | harassment | 4        |
de ta race                          | harassment | 3        |                  # "bâtard de ta race", "chien de ta race"

# --- shut up, contempt --------------------------------------------------------
je te chie sur la gueule            | harassment | 3        |
je vous chie à la gueule            | harassment | 3        |
va sucer des bites                  | harassment | 4        |
va te faire empapaouter             | harassment | 3        |
va te faire sodomiser               | harassment | 4        |
va te faire défoncer                | harassment | 3        |
allez vous faire défoncer           | harassment | 3        |
t'es qu'un déchet humain            | harassment | 3        |
déchet humain                       | harassment | 3        |
