@format decorum-lexicon 1
@language de
# German harassment: fixed phrases meant to silence, demean or attack someone,
# including incitement to self-harm. Written without punctuation (commas are
# ignored by the matcher).
# term                  | category   | severity | flags

# --- shut up ---
halt die Fresse         | harassment | 3        |
halt deine Fresse       | harassment | 3        |
Fresse halten           | harassment | 3        |
halt's Maul             | harassment | 3        |
halts Maul              | harassment | 3        |
halt das Maul           | harassment | 3        |
halt dein Maul          | harassment | 3        |
Maul halten             | harassment | 3        |
halt die Schnauze       | harassment | 3        |
Schnauze halten         | harassment | 3        |
halt die Klappe         | harassment | 2        |
Klappe halten           | harassment | 2        |
halt den Mund           | harassment | 1        |
halt die Backen         | harassment | 2        |
hdf                     | harassment | 2        |                 # "halt die Fresse"; also HDF file format
# --- go away, get lost ---
verpiss dich            | harassment | 3        |
verpisst euch           | harassment | 3        |
zieh Leine              | harassment | 1        |
hau ab                  | harassment | 1        |
schleich di             | harassment | 1        |                 # Austrian
schleich dich           | harassment | 1        |
scher dich zum Teufel   | harassment | 2        |
fahr zur Hölle          | harassment | 3        |
geh zum Teufel          | harassment | 2        |

# --- fuck you ---
fick dich               | harassment | 3        |
fick dich ins Knie      | harassment | 3        |
fickt euch              | harassment | 3        |
figg di                 | harassment | 3        |                 # Swiss
leck mich               | harassment | 3        |
leck mich am Arsch      | harassment | 3        |
leck mi                 | harassment | 2        |                 # Bavarian, Austrian
LMAA                    | harassment | 3        |
du kannst mich mal kreuzweise | harassment | 2  |
ich scheiß auf dich     | harassment | 3        |
ich scheiße auf dich    | harassment | 3        |
mach's dir selbst       | harassment | 3        |
machs dir selbst        | harassment | 3        |
du gehst mir auf den Sack | harassment | 2      |
geh mir nicht auf den Sack | harassment | 2     |
du gehst mir auf die Eier | harassment | 2      |

# --- worthless, unwanted ---
niemand mag dich        | harassment | 3        |
keiner mag dich         | harassment | 3        |
dich will keiner        | harassment | 3        |
dich braucht keiner     | harassment | 3        |
du bist wertlos         | harassment | 3        |
du bist nichts wert     | harassment | 3        |
du bist ein Nichts      | harassment | 3        |
du bist so dumm         | harassment | 2        |
du bist hässlich        | harassment | 2        |
bist du behindert       | harassment | 3        |
bist du dumm            | harassment | 2        |
bist du blöd            | harassment | 2        |
bist du bescheuert      | harassment | 2        |
geh sterben             | harassment | 3        |

# --- wishing death, incitement to self-harm ---
stirb doch              | harassment | 4        |
stirb einfach           | harassment | 4        |
verreck doch            | harassment | 4        |
verrecke doch           | harassment | 4        |
krepier doch            | harassment | 4        |
hoffentlich stirbst du  | harassment | 4        |
hoffentlich verreckst du | harassment | 4       |
ich hoffe du stirbst    | harassment | 4        |
ich hoffe du verreckst  | harassment | 4        |
bring dich doch um      | harassment | 4        |
bring dich einfach um   | harassment | 4        |
bring dich endlich um   | harassment | 4        |
geh dich umbringen      | harassment | 4        |
töte dich selbst        | harassment | 4        |
häng dich auf           | harassment | 4        |
häng dich doch auf      | harassment | 4        |
erhäng dich             | harassment | 4        |
spring doch von der Brücke | harassment | 4     |
du solltest dich umbringen | harassment | 4     |
du solltest tot sein    | harassment | 4        |
