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
