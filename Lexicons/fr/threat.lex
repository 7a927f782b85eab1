@format decorum-lexicon 1
@language fr
# Threats of physical violence, as fixed phrases (severity 4).
# A pattern engine for free word order will come later.
# term                              | category   | severity | flags

# --- killing ---------------------------------------------------------------
je vais te tuer                     | threat     | 4        |
je vais vous tuer                   | threat     | 4        |
je vais tous vous tuer              | threat     | 4        |
j'vais te tuer                      | threat     | 4        |
je te tuerai                        | threat     | 4        |
je vous tuerai                      | threat     | 4        |
je vais te buter                    | threat     | 4        |
je vais vous buter                  | threat     | 4        |
je vais te crever                   | threat     | 4        |
je vais te descendre                | threat     | 4        |
je vais te flinguer                 | threat     | 4        |
je vais te planter                  | threat     | 4        |
je vais te saigner                  | threat     | 4        |
je vais t'égorger                   | threat     | 4        |
je vais t'étrangler                 | threat     | 4        |
je vais te faire la peau            | threat     | 4        |
on va te faire la peau              | threat     | 4        |
je vais tuer ta famille             | threat     | 4        |
je vais buter ta famille            | threat     | 4        |
je vais tuer ton chien              | threat     | 4        |
m'as te tuer                        | threat     | 4        |                  # Québec "je vais te tuer"
tu vas mourir                       | threat     | 4        |                  # also "tu vas mourir de rire": review
vous allez mourir                   | threat     | 4        |
tu vas crever                       | threat     | 4        |
t'es un homme mort                  | threat     | 4        |
tu es un homme mort                 | threat     | 4        |
t'es une femme morte                | threat     | 4        |
vous êtes des hommes morts          | threat     | 4        |
t'es mort                           | threat     | 4        |
vous êtes morts                     | threat     | 4        |

# --- beating ---------------------------------------------------------------
je vais te casser la gueule         | threat     | 4        |
je vais vous casser la gueule       | threat     | 4        |
je vais te péter la gueule          | threat     | 4        |
je vais te péter la face            | threat     | 4        |                  # Québec
m'as te péter la face               | threat     | 4        |                  # Québec
je vais te défoncer                 | threat     | 4        |
je vais te démolir                  | threat     | 4        |
je vais te fracasser                | threat     | 4        |
je vais te massacrer                | threat     | 4        |
je vais te tabasser                 | threat     | 4        |
je vais te frapper                  | threat     | 4        |
je vais te cogner                   | threat     | 4        |
je vais t'éclater                   | threat     | 4        |
je vais t'exploser                  | threat     | 4        |
je vais te défigurer                | threat     | 4        |
je vais te casser les jambes        | threat     | 4        |
je vais te casser les dents         | threat     | 4        |
je vais t'arracher la tête          | threat     | 4        |
je vais te faire du mal             | threat     | 4        |
je vais te faire mal                | threat     | 4        |
je vais te régler ton compte        | threat     | 4        |
je vais te faire bouffer tes dents  | threat     | 4        |
je vais te violer                   | threat     | 4        |
je vais vous violer                 | threat     | 4        |

# --- coming for you ------------------------------------------------------
je sais où tu habites               | threat     | 4        |
je sais où vous habitez             | threat     | 4        |
je sais où tu vis                   | threat     | 4        |
on sait où tu habites               | threat     | 4        |
on sait où vous habitez             | threat     | 4        |
je vais t'attendre à la sortie      | threat     | 4        |
je vais venir armé                  | threat     | 4        |
je vais revenir avec une arme       | threat     | 4        |
je vais revenir avec un fusil       | threat     | 4        |
je vais venir te chercher chez toi  | threat     | 4        |

# --- arson, bombs, shooting ----------------------------------------------
je vais mettre le feu à             | threat     | 4        |
je vais brûler votre magasin        | threat     | 4        |
je vais brûler vos locaux           | threat     | 4        |
je vais tout faire sauter           | threat     | 4        |
je vais faire sauter vos locaux     | threat     | 4        |
je vais poser une bombe             | threat     | 4        |
je vais tous vous flinguer          | threat     | 4        |

# === round 2 ==============================================================

# --- killing ---------------------------------------------------------------
je te tue                           | threat     | 4        |
je vous tue                         | threat     | 4        |
je te bute                          | threat     | 4        |
je vous bute                        | threat     | 4        |
j'vais te buter                     | threat     | 4        |
j'vais te crever                    | threat     | 4        |
je vais te fumer                    | threat     | 4        |
je vais te liquider                 | threat     | 4        |
je vais t'abattre                   | threat     | 4        |
je vais vous abattre                | threat     | 4        |
je vais te trucider                 | threat     | 4        |
je vais te zigouiller               | threat     | 4        |
je vais te dessouder                | threat     | 4        |
je vais te refroidir                | threat     | 4        |
je vais te pendre                   | threat     | 4        |
je vais te noyer                    | threat     | 4        |
je vais te découper                 | threat     | 4        |
je vais te poignarder               | threat     | 4        |
je vais vous poignarder             | threat     | 4        |
je vais te trancher la gorge        | threat     | 4        |
je vais vous trancher la gorge      | threat     | 4        |
je vais t'ouvrir le ventre          | threat     | 4        |
je vais te couper la tête           | threat     | 4        |
je vais te décapiter                | threat     | 4        |
je vais vous égorger                | threat     | 4        |
je vais te tirer dessus             | threat     | 4        |
je vais vous tirer dessus           | threat     | 4        |
je vais tirer dans le tas           | threat     | 4        |
je vais tous vous descendre         | threat     | 4        |
je vais vous descendre              | threat     | 4        |
je vais faire un carnage            | threat     | 4        |
je vais faire un massacre           | threat     | 4        |
je vais te mettre une balle         | threat     | 4        |
je vais vous mettre une balle       | threat     | 4        |
tu vas te prendre une balle         | threat     | 4        |
je vais te faire sauter la cervelle | threat     | 4        |
je vais te faire exploser la tête   | threat     | 4        |
je vais tuer tes enfants            | threat     | 4        |
je vais tuer ta femme               | threat     | 4        |
je vais tuer ta mère                | threat     | 4        |
je vais tuer ton patron             | threat     | 4        |
je vais tuer le livreur             | threat     | 4        |
je vais tuer quelqu'un              | threat     | 4        |
je vais tuer le technicien          | threat     | 4        |
tu vas finir six pieds sous terre   | threat     | 4        |
tu vas finir dans un sac            | threat     | 4        |
tu vas finir à l'hôpital            | threat     | 4        |
tu vas finir à la morgue            | threat     | 4        |
tu ne verras pas la fin de la semaine| threat     | 4        |
tes jours sont comptés              | threat     | 4        |
je vais te faire regretter d'être né| threat     | 4        |
je vais te faire regretter d'être née| threat     | 4        |

# --- beating ---------------------------------------------------------------
je vais te défoncer la gueule       | threat     | 4        |
je vais te démonter la gueule       | threat     | 4        |
je vais t'éclater la gueule         | threat     | 4        |
je vais te refaire le portrait      | threat     | 4        |
je vais te casser la figure         | threat     | 4        |
je vais vous casser la figure       | threat     | 4        |
je vais te casser la tête           | threat     | 4        |
je vais te casser les genoux        | threat     | 4        |
je vais te casser en deux           | threat     | 4        |
je vais te briser les os            | threat     | 4        |
je vais te crever les yeux          | threat     | 4        |
je vais te rouer de coups           | threat     | 4        |
je vais te foutre sur la gueule     | threat     | 4        |
je vais te foutre une raclée        | threat     | 4        |
je vais te mettre une raclée        | threat     | 4        |
je vais te mettre une droite        | threat     | 4        |
je vais te mettre une claque        | threat     | 4        |
je vais te mettre une baffe         | threat     | 4        |
je vais te donner une baffe         | threat     | 4        |
je vais t'en mettre une             | threat     | 4        |
je vais te gifler                   | threat     | 4        |
je vais te faire ta fête            | threat     | 4        |
je vais te dégommer                 | threat     | 4        |
je vais t'écraser                   | threat     | 4        |
je vais te niquer ta race           | threat     | 4        |
je vais te faire bouffer le trottoir| threat     | 4        |
tu vas morfler                      | threat     | 4        |
vous allez morfler                  | threat     | 4        |
tu vas voir ta gueule               | threat     | 4        |
tu vas voir ce qui va t'arriver     | threat     | 4        |
tu ne perds rien pour attendre      | threat     | 4        |
vous ne perdez rien pour attendre   | threat     | 4        |
je vais violer ta femme             | threat     | 4        |
je vais violer ta fille             | threat     | 4        |
on va te violer                     | threat     | 4        |
je vais te séquestrer               | threat     | 4        |
je vais enlever tes enfants         | threat     | 4        |
je vais kidnapper tes enfants       | threat     | 4        |

# --- coming for you ------------------------------------------------------
je sais où tu travailles            | threat     | 4        |
je sais où vous travaillez          | threat     | 4        |
je sais où habite ta famille        | threat     | 4        |
je sais où vont tes enfants         | threat     | 4        |
je connais ton adresse              | threat     | 4        |
je t'attends à la sortie            | threat     | 4        |
je vous attends à la sortie         | threat     | 4        |
je vais vous attendre à la sortie   | threat     | 4        |
je vais t'attendre devant chez toi  | threat     | 4        |
je vais te suivre jusqu'à chez toi  | threat     | 4        |
je vais débarquer chez toi          | threat     | 4        |
je vais débarquer avec mes potes    | threat     | 4        |
je viens avec une batte             | threat     | 4        |
je vais prendre mon fusil           | threat     | 4        |
je vais sortir le fusil             | threat     | 4        |
je vais venir avec un couteau       | threat     | 4        |
je vais m'en prendre à ta famille   | threat     | 4        |
je vais m'en prendre à vos employés | threat     | 4        |
je vais m'en prendre à vous         | threat     | 4        |
on va te régler ton compte          | threat     | 4        |

# --- arson, bombs, shooting ----------------------------------------------
je vais brûler ta maison            | threat     | 4        |
je vais brûler ta voiture           | threat     | 4        |
je vais cramer ta bagnole           | threat     | 4        |
je vais cramer votre magasin        | threat     | 4        |
je vais foutre le feu               | threat     | 4        |
je vais tous vous faire sauter      | threat     | 4        |
je vais faire un attentat           | threat     | 4        |
je vais crever tes pneus            | threat     | 4        |
il y a une bombe                    | threat     | 4        |
j'ai posé une bombe                 | threat     | 4        |

# --- Québec ----------------------------------------------------------------
m'as te casser la gueule            | threat     | 4        |
m'as te péter la yeule              | threat     | 4        |
m'as te crisser une volée           | threat     | 4        |
je vais te crisser une volée        | threat     | 4        |
m'as t'arranger le portrait         | threat     | 4        |
je vais te sacrer une claque        | threat     | 4        |
m'as te planter                     | threat     | 4        |
m'as te tordre le cou               | threat     | 4        |
je vais te tordre le cou            | threat     | 4        |
je vais faire exploser vos locaux   | threat     | 4        |
je vais faire exploser votre agence | threat     | 4        |

# === round 3 ==============================================================
# Threats whose victim is named after the verb ("je vais poignarder un …").
je vais poignarder                  | threat     | 4        |
je vais le poignarder               | threat     | 4        |
je vais la poignarder               | threat     | 4        |
je vais les poignarder              | threat     | 4        |
je vais égorger                     | threat     | 4        |
je vais le buter                    | threat     | 4        |
je vais la buter                    | threat     | 4        |
je vais les buter                   | threat     | 4        |
il faut les gazer                   | threat     | 4        |
il faudrait les gazer               | threat     | 4        |
on devrait tous les pendre          | threat     | 4        |
il faut tous les pendre             | threat     | 4        |
devraient être brûlés vifs          | threat     | 4        |
devraient tous mourir               | threat     | 4        |
doivent tous mourir                 | threat     | 4        |
méritent de mourir                  | threat     | 4        |
méritent de crever                  | threat     | 4        |
pendre haut et court                | threat     | 3        |
briser le cou de                    | threat     | 4        |
poignarder ces                      | threat     | 4        |
étrangler ces                       | threat     | 4        |
