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
chinga tu madre              | harassment | 4        |
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
