@format decorum-lexicon 1
@language es
# Spanish harassment: fixed phrases meant to demean, dismiss or attack someone.
# term                       | category   | severity | flags

# --- "shut up" ---
cállate                      | harassment | 1        |
cállese                      | harassment | 1        |
cállense                     | harassment | 1        |
callaos                      | harassment | 1        |
cállate la boca              | harassment | 2        |
calla la boca                | harassment | 2        |
cierra la boca               | harassment | 2        |
cierra el pico               | harassment | 2        |
cierra el hocico             | harassment | 3        |
cállate la puta boca         | harassment | 3        |
cierra la puta boca          | harassment | 3        |
cállate ya la boca           | harassment | 2        |

# --- "get lost", "go to hell", "screw you" ---
lárgate                      | harassment | 1        |
piérdete                     | harassment | 1        |
vete a la porra              | harassment | 1        |
vete al diablo               | harassment | 1        |
vete al infierno             | harassment | 2        |
vete a la mierda             | harassment | 3        |
váyase a la mierda           | harassment | 3        |
idos a la mierda             | harassment | 3        |
andá a la mierda             | harassment | 3        |                        # voseo (Argentina, Uruguay)
andate a la mierda           | harassment | 3        |
vete al carajo               | harassment | 3        |
váyase al carajo             | harassment | 3        |
vete a la verga              | harassment | 3        |
vete a la chingada           | harassment | 3        |
vete a tomar por culo        | harassment | 3        |
vete a tomar por saco        | harassment | 2        |
a tomar por culo             | harassment | 3        |
vete a cagar                 | harassment | 3        |
andá a cagar                 | harassment | 3        |
vete a hacer puñetas         | harassment | 2        |
vtlv                         | harassment | 3        |                        # vete a la verga
vtalv                        | harassment | 3        |
vfm                          | harassment | 3        |                        # "vete a la (f...) mierda" (reading to confirm)
que te den por culo          | harassment | 3        |
que te jodan                 | harassment | 3        |
que os jodan                 | harassment | 3        |
que les jodan                | harassment | 3        |
jódete                       | harassment | 3        |
jódase                       | harassment | 3        |
que te follen                | harassment | 3        |
chíngate                     | harassment | 3        |
púdrete                      | harassment | 3        |
que te pudras                | harassment | 3        |
me la pelas                  | harassment | 3        |                        # Mexico: "suck it"
métetelo por el culo         | harassment | 3        |
métanselo por el culo        | harassment | 3        |
métetelo por el orto         | harassment | 3        |
métetelo donde te quepa      | harassment | 2        |
te lo metes por el culo      | harassment | 3        |

# --- insulting someone's mother or dead ---
chinga tu madre              | harassment | 4        | common
chingas a tu madre           | harassment | 4        |
tu puta madre                | harassment | 4        |
la concha de tu madre        | harassment | 4        |
la concha de tu hermana      | harassment | 4        |
coño de tu madre             | harassment | 4        |                        # Venezuela
la puta que te parió         | harassment | 4        |
lpqtp                        | harassment | 4        |
me cago en tu madre          | harassment | 4        |
me cago en tu puta madre     | harassment | 4        |
me cago en tus muertos       | harassment | 4        |
me cago en la madre que te parió | harassment | 4     |
ni tu madre te quiere        | harassment | 3        |

# --- demeaning statements ---
nadie te quiere              | harassment | 3        |
no te quiere nadie           | harassment | 3        |
nadie te soporta             | harassment | 3        |
nadie te va a querer         | harassment | 3        |
no vales nada                | harassment | 3        |
no sirves para nada          | harassment | 2        |
no servís para nada          | harassment | 2        |
das asco                     | harassment | 3        |
me das asco                  | harassment | 3        |
eres un asco                 | harassment | 3        |
eres una basura              | harassment | 3        |
sois una basura              | harassment | 3        |
eres un fracasado            | harassment | 2        |
eres una fracasada           | harassment | 2        |
eres patético                | harassment | 2        |
eres patética                | harassment | 2        |
eres un cero a la izquierda  | harassment | 2        |
eres una vergüenza           | harassment | 2        |

# --- telling someone to harm or kill themselves ---
mátate                       | harassment | 4        |
suicídate                    | harassment | 4        |
ahórcate                     | harassment | 4        |
muérete                      | harassment | 4        |
muéranse                     | harassment | 4        |
ojalá te mueras              | harassment | 4        |
ojalá te murieras            | harassment | 4        |
ojalá te dé cáncer           | harassment | 4        |
ojalá te atropelle un camión | harassment | 4        |
deberías matarte             | harassment | 4        |
deberías suicidarte          | harassment | 4        |
tírate de un puente          | harassment | 4        |
tírate por la ventana        | harassment | 4        |
tírate a las vías            | harassment | 4        |
pégate un tiro               | harassment | 4        |
córtate las venas            | harassment | 4        |
no mereces vivir             | harassment | 4        |
el mundo estaría mejor sin ti | harassment | 4       |

# --- sexist and xenophobic put-downs ---
vete a fregar                | harassment | 3        |
vete a fregar platos         | harassment | 3        |
vuelve a la cocina           | harassment | 2        |
vete a tu país               | harassment | 3        |
vuelve a tu país             | harassment | 3        |
vete de mi país              | harassment | 3        |
lárgate de mi país           | harassment | 3        |

# ======================================================================
# Round 2
# ======================================================================

# --- "shut up" ---
cerrá el orto                | harassment | 3        |                 # voseo (Argentina, Uruguay)
cerrá el culo                | harassment | 3        |
cerrá la boca                | harassment | 2        |
cerrá el pico                | harassment | 2        |
calla la puta boca           | harassment | 3        |
cállese la boca              | harassment | 2        |
cállense la boca             | harassment | 2        |
cierra la jeta               | harassment | 2        |
cállate el hocico            | harassment | 3        |

# --- "get lost", "go to hell" ---
vete a freír espárragos      | harassment | 1        |
vete a paseo                 | harassment | 1        |
vete a la goma               | harassment | 1        |
vete al cuerno               | harassment | 1        |
vete a tomar viento          | harassment | 1        |
vete a tomar por el culo     | harassment | 3        |
vete a la puta mierda        | harassment | 3        |
váyanse a la mierda          | harassment | 3        |
iros a la mierda             | harassment | 3        |
iros a tomar por culo        | harassment | 3        |
idos al carajo               | harassment | 3        |
váyanse al carajo            | harassment | 3        |
váyase a la verga            | harassment | 3        |
váyanse a la verga           | harassment | 3        |
váyase a la chingada         | harassment | 3        |
váyanse a la chingada        | harassment | 3        |
vete a chingar a tu madre    | harassment | 4        |
ve a chingar a tu madre      | harassment | 4        |
vaya a chingar a su madre    | harassment | 4        |
chingue a su madre           | harassment | 4        |
chinguen a su madre          | harassment | 4        |
chingatumadre                | harassment | 4        |
chtm                         | harassment | 4        |                 # chinga tu madre
anda a la chucha             | harassment | 3        |                 # Chile
ándate a la chucha           | harassment | 3        |
vete a la concha de tu madre | harassment | 4        |
andate a la concha de tu madre | harassment | 4        |
andá a la concha de tu madre | harassment | 4        |
andá a la puta que te parió  | harassment | 4        |
métanselo por el orto        | harassment | 3        |
métetelo por el ojete        | harassment | 3        |
métetelo en el culo          | harassment | 3        |
te lo puedes meter por el culo | harassment | 3        |
se lo pueden meter por el culo | harassment | 3        |
os lo podéis meter por el culo | harassment | 3        |
que os den por culo          | harassment | 3        |
que les den por culo         | harassment | 3        |
que te den por saco          | harassment | 2        |
que os den por saco          | harassment | 2        |
que se jodan                 | harassment | 3        |
que se joda                  | harassment | 3        |
jodeos                       | harassment | 3        |
jódanse                      | harassment | 3        |
chínguense                   | harassment | 3        |
pudríos                      | harassment | 3        |
púdranse                     | harassment | 3        |

# --- insulting someone's mother, family or dead ---
tu madre es una puta         | harassment | 4        |
tu vieja es una puta         | harassment | 4        |
la puta de tu madre          | harassment | 4        |
la zorra de tu madre         | harassment | 4        |
concha tu madre              | harassment | 4        |
concha su madre              | harassment | 4        |
me cago en vuestra madre     | harassment | 4        |
me cago en vuestra puta madre | harassment | 4        |
me cago en su madre          | harassment | 4        |
me cago en su puta madre     | harassment | 4        |
me cago en tu padre          | harassment | 3        |
me cago en tu familia        | harassment | 4        |
me cago en vuestros muertos  | harassment | 4        |
me cago en sus muertos       | harassment | 4        |
me cago en los muertos       | harassment | 4        |
me cago en la madre que os parió | harassment | 4        |
me cago en la puta madre que te parió | harassment | 4        |

# --- demeaning statements ---
das pena                     | harassment | 1        |
eres un desperdicio          | harassment | 2        |
desperdicio de oxígeno       | harassment | 3        |
vales verga                  | harassment | 3        |
vales madre                  | harassment | 2        |
no tienes ni puta idea       | harassment | 3        |
no tenés ni puta idea        | harassment | 3        |
te voy a hacer la vida imposible | harassment | 2        |

# --- wishing death or harm ---
tu madre debió abortarte     | harassment | 4        |
tu madre debería haberte abortado | harassment | 4        |
debieron abortarte           | harassment | 4        |
ojalá te hubieran abortado   | harassment | 4        |
no deberías haber nacido     | harassment | 4        |
ojalá no hubieras nacido     | harassment | 4        |
ojalá te violen              | harassment | 4        |
ojalá te maten               | harassment | 4        |
ojalá te pase algo           | harassment | 3        |
ojalá revientes              | harassment | 4        |
ojalá te atropellen          | harassment | 4        |
que te violen                | harassment | 4        |
que te maten                 | harassment | 4        |
espero que te mueras         | harassment | 4        |
te deseo la muerte           | harassment | 4        |
le deseo la muerte           | harassment | 4        |
que te parta un rayo         | harassment | 2        |                 # old-fashioned curse
mal rayo te parta            | harassment | 2        |

# --- telling someone to harm or kill themselves ---
mátese                       | harassment | 4        |
mátense                      | harassment | 4        |
suicídese                    | harassment | 4        |
suicídense                   | harassment | 4        |
ahórquese                    | harassment | 4        |
cuélgate de un árbol         | harassment | 4        |
deberías morirte             | harassment | 4        |
deberías morir               | harassment | 4        |
tírate al metro              | harassment | 4        |
tírate a un pozo             | harassment | 3        |

# --- sexist and xenophobic put-downs ---
las mujeres a la cocina      | harassment | 3        |
mujer tenías que ser         | harassment | 2        |
tenías que ser mujer         | harassment | 2        |
vete a la cocina             | harassment | 2        |
seguro que tienes la regla   | harassment | 2        |
vuélvete a tu país           | harassment | 3        |
lárgate a tu país            | harassment | 3        |
regresa a tu país            | harassment | 3        |
regrésate a tu país          | harassment | 3        |
vete a tu puto país          | harassment | 3        |
vuelve a tu puto país        | harassment | 3        |

# --- round 2, more ---
tus muertos                  | harassment | 3        |                 # Spain: "¡tus muertos!"
singa tu madre               | harassment | 4        |                 # Cuba
ojalá te pudras              | harassment | 3        |
ojalá ardas en el infierno   | harassment | 3        |
eres un fracaso              | harassment | 2        |
das lástima                  | harassment | 1        |

# ======================================================================
# Round 3
# ======================================================================
cállate la maldita boca      | harassment | 2       |
cierra la maldita boca       | harassment | 2       |
cállense la maldita boca     | harassment | 2       |
cállate de una puta vez      | harassment | 3       |
que te den                   | harassment | 2       |                  # Spain: short for "que te den por culo"
que os den                   | harassment | 2       |
vete a la chucha             | harassment | 3       |
vete a freír monas           | harassment | 1       |
vete a hacer gárgaras        | harassment | 1       |
vete a cagar a otro lado     | harassment | 2       |
nadie te ha preguntado       | harassment | 1       |
a nadie le importa tu opinión | harassment | 1      |
eres una mierda              | harassment | 3       |
sois una mierda              | harassment | 3       |
ojalá te mueras ya           | harassment | 4       |
ojalá te murieras ya         | harassment | 4       |
deberías pegarte un tiro     | harassment | 4       |
hazle un favor al mundo y muérete | harassment | 4  |
nadie te echaría de menos    | harassment | 3       |

# --- round 3, more ---
vete a la tiznada            | harassment| 2        | # Mexico, minced "chingada"
vete a la fregada            | harassment| 2        | # Mexico, minced
