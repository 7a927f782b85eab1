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
