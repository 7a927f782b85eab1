@format decorum-lexicon 1
@language es
# Spanish threats of physical violence: fixed phrases only (severity 4 unless noted).
# Pronoun variants: te (tú), os (vosotros, Spain), lo/la/le (usted), los/las (ustedes).
# term                       | category  | severity | flags

# --- "I'm going to kill you" ---
te voy a matar               | threat    | 4        |
os voy a matar               | threat    | 4        |
lo voy a matar               | threat    | 4        |
la voy a matar               | threat    | 4        |
le voy a matar               | threat    | 4        |
los voy a matar              | threat    | 4        |
las voy a matar              | threat    | 4        |
voy a matarte                | threat    | 4        |
voy a mataros                | threat    | 4        |
voy a matarlo                | threat    | 4        |
voy a matarla                | threat    | 4        |
voy a matarlos               | threat    | 4        |
te vamos a matar             | threat    | 4        |
vamos a matarte              | threat    | 4        |
te voy a asesinar            | threat    | 4        |
te mato                      | threat    | 4        | accents                # "te mató" (past, news) must not match
os mato                      | threat    | 4        | accents
los mato a todos             | threat    | 4        |
te juro que te mato          | threat    | 4        |
voy a matar a alguien        | threat    | 3        |
estás muerto                 | threat    | 4        |
estás muerta                 | threat    | 4        |
eres hombre muerto           | threat    | 4        |
date por muerto              | threat    | 4        |
date por muerta              | threat    | 4        |

# --- beatings ---
te voy a partir la cara      | threat    | 4        |
le voy a partir la cara      | threat    | 4        |
te parto la cara             | threat    | 4        |
te voy a romper la cara      | threat    | 4        |
te rompo la cara             | threat    | 4        |
te voy a partir la madre     | threat    | 4        |                        # Mexico
te parto la madre            | threat    | 4        |
te voy a romper la madre     | threat    | 4        |
te voy a romper las piernas  | threat    | 4        |
te rompo las piernas         | threat    | 4        |
te voy a partir las piernas  | threat    | 4        |
te voy a reventar            | threat    | 4        |
te reviento                  | threat    | 4        |
te voy a dar una paliza      | threat    | 4        |
te voy a dar de hostias      | threat    | 4        |
te voy a hinchar a hostias   | threat    | 4        |
te inflo a hostias           | threat    | 4        |
te voy a cagar a palos       | threat    | 4        |                        # Argentina
te voy a cagar a trompadas   | threat    | 4        |
te voy a hacer daño          | threat    | 4        |

# --- weapons ---
te voy a pegar un tiro       | threat    | 4        |
te pego un tiro              | threat    | 4        |
te voy a meter un tiro       | threat    | 4        |
te meto un tiro              | threat    | 4        |
te voy a meter un balazo     | threat    | 4        |
te meto un balazo            | threat    | 4        |
te voy a disparar            | threat    | 4        |
os voy a disparar            | threat    | 4        |
te voy a volar los sesos     | threat    | 4        |
te voy a apuñalar            | threat    | 4        |
te voy a acuchillar          | threat    | 4        |
te voy a rajar               | threat    | 3        |                        # Argentina: "I'll kick you out"
te voy a cortar el cuello    | threat    | 4        |
te corto el cuello           | threat    | 4        |
voy a ir armado              | threat    | 4        |
voy a ir con una pistola     | threat    | 4        |
voy a liarme a tiros         | threat    | 4        |

# --- arson, bombs, home and family ---
voy a poner una bomba        | threat    | 4        |
pongo una bomba              | threat    | 4        |
voy a quemar tu casa         | threat    | 4        |
te quemo la casa             | threat    | 4        |
voy a quemar la tienda       | threat    | 4        |
voy a quemar vuestras oficinas | threat  | 4        |
voy a quemar sus oficinas    | threat    | 4        |
sé dónde vives               | threat    | 4        |
sabemos dónde vives          | threat    | 4        |
sé dónde trabajas            | threat    | 4        |
sé dónde vive tu familia     | threat    | 4        |
le va a pasar algo a tu familia | threat | 4        |

# --- kidnapping and sexual violence ---
te voy a violar              | threat    | 4        |
te voy a secuestrar          | threat    | 4        |
te voy a desaparecer         | threat    | 4        |

# ======================================================================
# Round 2
# ======================================================================

# --- killing ---
te violo                     | threat    | 4        | accents          # "te violó" (past, a report) must not match
os vamos a matar             | threat    | 4        |
te quiero ver muerto         | threat    | 4        |
te quiero ver muerta         | threat    | 4        |
os quiero ver muertos        | threat    | 4        |
eres mujer muerta            | threat    | 4        |
sois hombres muertos         | threat    | 4        |
estáis muertos               | threat    | 4        |
voy a matar a tu familia     | threat    | 4        |
voy a matar a tus hijos      | threat    | 4        |
te voy a mandar al otro barrio | threat    | 4        |
te voy a mandar al cementerio | threat    | 4        |
te voy a cortar en pedazos   | threat    | 4        |
te voy a descuartizar        | threat    | 4        |
te voy a degollar            | threat    | 4        |
te voy a ahorcar             | threat    | 4        |
te voy a estrangular         | threat    | 4        |
te voy a quemar vivo         | threat    | 4        |
te quemo vivo                | threat    | 4        |
te voy a prender fuego       | threat    | 4        |

# --- beatings ---
te voy a dejar en silla de ruedas | threat    | 4        |
te voy a mandar al hospital  | threat    | 4        |
te mando al hospital         | threat    | 4        |
te voy a partir el alma      | threat    | 4        |
te parto el alma             | threat    | 4        |
te rompo el alma             | threat    | 4        |
te voy a partir la boca      | threat    | 4        |
te parto la boca             | threat    | 4        |
te voy a romper la boca      | threat    | 4        |
te rompo la boca             | threat    | 4        |
te voy a romper los dientes  | threat    | 4        |
te rompo los dientes         | threat    | 4        |
te voy a partir los dientes  | threat    | 4        |
te voy a romper el hocico    | threat    | 4        |
te voy a sacar los ojos      | threat    | 4        |
te saco los ojos             | threat    | 4        |
te voy a arrancar la cabeza  | threat    | 4        |
te voy a cortar los huevos   | threat    | 4        |
te corto los huevos          | threat    | 4        |
te voy a romper el culo      | threat    | 4        |
te voy a dejar ciego         | threat    | 4        |
te voy a hinchar a palos     | threat    | 4        |
te voy a moler a palos       | threat    | 4        |
te muelo a palos             | threat    | 4        |
te voy a dar de palos        | threat    | 4        |
te voy a dar de ostias       | threat    | 4        |
te voy a cagar a piñas       | threat    | 4        |                  # Argentina
te cago a piñas              | threat    | 4        |
te cago a palos              | threat    | 4        |
te cago a trompadas          | threat    | 4        |
te voy a madrear             | threat    | 4        |                  # Mexico
te madreo                    | threat    | 4        |
te voy a partir tu madre     | threat    | 4        |
te voy a dar en la madre     | threat    | 4        |
te voy a dar una golpiza     | threat    | 4        |
te voy a dar una madriza     | threat    | 4        |
te voy a dar una putiza      | threat    | 4        |
te voy a hacer mierda        | threat    | 4        |                  # Mexico, Chile: beat to a pulp
te hago mierda               | threat    | 4        |
te voy a hacer pedazos       | threat    | 4        |
te hago pedazos              | threat    | 4        |
te voy a meter una hostia    | threat    | 3        |
te meto una hostia           | threat    | 3        |
te voy a meter una ostia     | threat    | 3        |
te meto una ostia            | threat    | 3        |
te voy a dar una hostia      | threat    | 3        |
te doy una hostia            | threat    | 3        |
cuídate las espaldas         | threat    | 3        |
ya verás lo que te pasa      | threat    | 3        |

# --- weapons ---
te voy a dar un balazo       | threat    | 4        |
te voy a llenar de plomo     | threat    | 4        |
te voy a dar un tiro         | threat    | 4        |
te doy un tiro               | threat    | 4        |
te voy a meter una bala      | threat    | 4        |
te vuelo la cabeza           | threat    | 4        |
te voy a volar la cabeza     | threat    | 4        |
te voy a clavar un cuchillo  | threat    | 4        |
te clavo un cuchillo         | threat    | 4        |
te voy a meter una puñalada  | threat    | 4        |
te meto una puñalada         | threat    | 4        |
me lío a tiros               | threat    | 4        |
voy a entrar a tiros         | threat    | 4        |
voy a entrar disparando      | threat    | 4        |
voy a hacer una masacre      | threat    | 4        |
voy a hacer una matanza      | threat    | 4        |

# --- arson, bombs, home and family ---
le voy a prender fuego a     | threat    | 4        |                  # "... a la tienda", "... a vuestras oficinas"
voy a quemar vuestra tienda  | threat    | 4        |
voy a quemar su tienda       | threat    | 4        |
voy a quemar tu tienda       | threat    | 4        |
voy a quemar la oficina      | threat    | 4        |
voy a quemar el local        | threat    | 4        |
te voy a quemar el coche     | threat    | 4        |
te quemo el coche            | threat    | 4        |
voy a volar el edificio      | threat    | 4        |
voy a volar la oficina       | threat    | 4        |
voy a volar la tienda        | threat    | 4        |
sé dónde estudian tus hijos  | threat    | 4        |
sé dónde viven tus hijos     | threat    | 4        |
sé dónde está tu casa        | threat    | 4        |

# --- kidnapping and sexual violence ---
voy a violar a tu hija       | threat    | 4        |
voy a violar a tu mujer      | threat    | 4        |
voy a secuestrar a tu hija   | threat    | 4        |
voy a secuestrar a tus hijos | threat    | 4        |

# --- non-violent intimidation (severity 2: closed, not escalated) ---
me las vas a pagar           | threat    | 2        |
me la vas a pagar            | threat    | 2        |
no sabes con quién te has metido | threat    | 2        |

# --- round 2, more ---
no vas a salir vivo          | threat    | 4        |
no sales vivo                | threat    | 4        |
de esta no sales vivo        | threat    | 4        |
te voy a enterrar vivo       | threat    | 4        |
vas a aparecer en una cuneta | threat    | 4        |
vas a acabar en el hospital  | threat    | 4        |
vas a terminar en el hospital | threat    | 4        |
te espero con un bate        | threat    | 4        |
te reviento la cabeza        | threat    | 4        |
te abro la cabeza            | threat    | 4        |
te voy a abrir la cabeza     | threat    | 4        |
te voy a partir la crisma    | threat    | 4        |
te parto la crisma           | threat    | 4        |
te voy a romper la crisma    | threat    | 4        |
te arranco la cabeza         | threat    | 4        |
te voy a meter una paliza    | threat    | 4        |
te meto una paliza           | threat    | 4        |
te voy a agarrar a trompadas | threat    | 4        |
te voy a cagar a tiros       | threat    | 4        |
te voy a bajar los dientes   | threat    | 4        |                  # Argentina
te bajo los dientes          | threat    | 4        |
te voy a cortar la cara      | threat    | 4        |
te corto la cara             | threat    | 4        |
te voy a rajar la cara       | threat    | 4        |
te voy a quebrar             | threat    | 4        |                  # Mexico: kill
te voy a echar plomo         | threat    | 4        |
te voy a dar piso            | threat    | 4        |                  # Mexico: kill

# --- round 3 ---
te voy a dar cuello          | threat    | 4        | # Mexico: kill
te voy a meter bala          | threat    | 4        |
te voy a echar bala          | threat    | 4        |
te voy a dar chumbo          | threat    | 4        | # Argentina: shoot
te voy a cortar la lengua    | threat    | 4        |
te voy a sacar las tripas    | threat    | 4        |
te voy a quemar la casa      | threat    | 4        |
te voy a arrancar los ojos   | threat    | 4        |
te voy a dejar sin dientes   | threat    | 4        |
te voy a dejar en coma       | threat    | 4        |
te voy a partir el cuello    | threat    | 4        |
te rompo el cuello           | threat    | 4        |
