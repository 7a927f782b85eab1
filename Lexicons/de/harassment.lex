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

# =====================================================================
# Round 2
# =====================================================================

# --- shut up ---
halt einfach die Fresse | harassment | 3        |
halt endlich die Fresse | harassment | 3        |
halt endlich dein Maul  | harassment | 3        |
halt endlich das Maul   | harassment | 3        |
halt einfach dein Maul  | harassment | 3        |
halt mal die Klappe     | harassment | 2        |
halt endlich die Klappe | harassment | 2        |
halten Sie die Klappe   | harassment | 2        |
halten Sie den Mund     | harassment | 1        |
halten Sie Ihr Maul     | harassment | 3        |
halten Sie das Maul     | harassment | 3        |
halten Sie die Fresse   | harassment | 3        |
halten Sie die Schnauze | harassment | 3        |
haltet die Fresse       | harassment | 3        |
haltet das Maul         | harassment | 3        |
haltet die Klappe       | harassment | 2        |
Schnauze jetzt          | harassment | 2        |
Maul zu                 | harassment | 2        |
Fresse zu               | harassment | 3        |
halt die Goschn         | harassment | 3        |                 # Bavarian, Austrian
halt dei Goschn         | harassment | 3        |
halt die Gosch          | harassment | 3        |
heb d Schnurre          | harassment | 2        |                 # Swiss
heb dini Schnurre       | harassment | 2        |
heb dis Muul            | harassment | 2        |

# --- go away ---
verpissen Sie sich      | harassment | 3        |
verpiss dich endlich    | harassment | 3        |
verzieh dich            | harassment | 2        |
verzieht euch           | harassment | 2        |
verziehen Sie sich      | harassment | 2        |
mach die Fliege         | harassment | 1        |
scher dich weg          | harassment | 2        |
schert euch zum Teufel  | harassment | 2        |
scheren Sie sich zum Teufel | harassment | 2    |
fahrt zur Hölle         | harassment | 3        |
fahren Sie zur Hölle    | harassment | 3        |
geh zur Hölle           | harassment | 3        |
geh kacken              | harassment | 2        |
geh scheißen            | harassment | 2        |
geh mir aus den Augen   | harassment | 1        |
rutsch mir den Buckel runter | harassment | 1   |
rutschen Sie mir den Buckel runter | harassment | 1 |
steck dir das sonst wohin | harassment | 2      |
steck's dir sonst wohin | harassment | 2        |
sonst wohin stecken     | harassment | 2        |
sonstwohin stecken      | harassment | 2        |
in den Arsch schieben   | harassment | 3        |
schieb's dir in den Arsch | harassment | 3      |
schieb dir das in den Arsch | harassment | 3    |
steck's dir in den Arsch | harassment | 3       |
steck dir das in den Arsch | harassment | 3     |

# --- fuck you, up yours ---
fick dich selbst        | harassment | 3        |
fick dich doch          | harassment | 3        |
ficken Sie sich         | harassment | 3        |
geh dich ficken         | harassment | 3        |
geh ficken              | harassment | 3        |
fick di                 | harassment | 3        |                 # Bavarian, Austrian
fick deine Mutter       | harassment | 4        |
ich fick deine Mutter   | harassment | 4        |
ich ficke deine Mutter  | harassment | 4        |
ich fick deine Mudda    | harassment | 4        |
deine Mutter fick ich   | harassment | 4        |
leck mich fett          | harassment | 2        |
lecken Sie mich         | harassment | 3        |
leck mi am Oasch        | harassment | 3        |
leck mich am Oasch      | harassment | 3        |
du kannst mich am Arsch lecken | harassment | 3 |
Sie können mich am Arsch lecken | harassment | 3 |
ich scheiß auf euch     | harassment | 3        |
ich scheiße auf euch    | harassment | 3        |
ich scheiß auf Sie      | harassment | 3        |
du gehst mir auf den Keks | harassment | 1      |
du gehst mir auf die Nerven | harassment | 1    |
du nervst               | harassment | 1        |
heul doch               | harassment | 1        |
heul leise              | harassment | 1        |
heul doch nicht rum     | harassment | 1        |

# --- demeaning statements ---
du bist so blöd         | harassment | 2        |
du bist zu dumm         | harassment | 2        |
du bist zu blöd         | harassment | 2        |
Sie sind zu dumm        | harassment | 2        |
Sie sind zu blöd        | harassment | 2        |
Sie sind so dumm        | harassment | 2        |
Sie sind so blöd        | harassment | 2        |
sind Sie dumm           | harassment | 2        |
sind Sie blöd           | harassment | 2        |
sind Sie bescheuert     | harassment | 2        |
sind Sie behindert      | harassment | 3        |
seid ihr behindert      | harassment | 3        |
seid ihr blöd           | harassment | 2        |
seid ihr dumm           | harassment | 2        |
seid ihr bescheuert     | harassment | 2        |
seid ihr zu dumm        | harassment | 2        |
seid ihr zu blöd        | harassment | 2        |
bist du zu dumm         | harassment | 2        |
bist du zu blöd         | harassment | 2        |
sind Sie zu dumm        | harassment | 2        |
sind Sie zu blöd        | harassment | 2        |
du bist fett            | harassment | 2        |
du bist ekelhaft        | harassment | 2        |
du bist widerlich       | harassment | 2        |
du widerst mich an      | harassment | 2        |
Sie widern mich an      | harassment | 2        |
du bist erbärmlich      | harassment | 2        |
Sie sind erbärmlich     | harassment | 2        |
du bist ein Witz        | harassment | 1        |
du bist ein Niemand     | harassment | 2        |
du bist Dreck           | harassment | 3        |
Sie sind Dreck          | harassment | 3        |
ihr seid Dreck          | harassment | 3        |
du bist der letzte Dreck | harassment | 3       |
Sie sind der letzte Dreck | harassment | 3      |
du bist nutzlos         | harassment | 2        |
Sie sind nutzlos        | harassment | 2        |
du bist unfähig         | harassment | 1        |
du bist ein Nichtsnutz  | harassment | 2        |
du bist Abschaum        | harassment | 3        |
du bist zu nichts zu gebrauchen | harassment | 2 |
aus dir wird nie was    | harassment | 2        |
niemand will dich       | harassment | 3        |
keiner will dich        | harassment | 3        |
keiner vermisst dich    | harassment | 3        |
niemand würde dich vermissen | harassment | 4   |
keiner würde dich vermissen | harassment | 4    |
die Welt wäre besser ohne dich | harassment | 4 |
ohne dich wäre die Welt besser | harassment | 4 |
du hättest nie geboren werden sollen | harassment | 4 |
deine Mutter hätte dich abtreiben sollen | harassment | 4 |
man hätte dich abtreiben sollen | harassment | 4 |
dich hätte man abtreiben sollen | harassment | 4 |
du bist es nicht wert zu leben | harassment | 4 |
du verdienst es zu sterben | harassment | 4     |
du gehörst vergast      | harassment | 4        |

# --- wishing death, incitement to self-harm ---
stirb endlich           | harassment | 4        |
verreck endlich         | harassment | 4        |
verreckt doch           | harassment | 4        |
krepier endlich         | harassment | 4        |
krepiert doch           | harassment | 4        |
sterbt doch             | harassment | 4        |
sterbt alle             | harassment | 4        |
ich hoffe du krepierst  | harassment | 4        |
hoffentlich krepierst du | harassment | 4       |
hoffentlich stirbst du bald | harassment | 4    |
ich hoffe Sie sterben   | harassment | 4        |
hoffentlich sterben Sie | harassment | 4        |
ich hoffe ihr sterbt    | harassment | 4        |
ich wünsche dir den Tod | harassment | 4        |
ich wünsche Ihnen den Tod | harassment | 4      |
ich wünsche dir Krebs   | harassment | 4        |
Krebs an den Hals       | harassment | 4        |
hoffentlich kriegst du Krebs | harassment | 4   |
hoffentlich bekommst du Krebs | harassment | 4  |
bring dich um           | harassment | 4        |
bringen Sie sich um     | harassment | 4        |
bringt euch um          | harassment | 4        |
töte dich               | harassment | 4        |
erschieß dich           | harassment | 4        |
erschieß dich doch      | harassment | 4        |
hängt euch auf          | harassment | 4        |
erhängt euch            | harassment | 4        |
hängen Sie sich auf     | harassment | 4        |
häng dich endlich auf   | harassment | 4        |
geh dich ritzen         | harassment | 4        |
ritz dich doch          | harassment | 4        |
spring aus dem Fenster  | harassment | 4        |
spring doch aus dem Fenster | harassment | 4    |
spring vor einen Zug    | harassment | 4        |
spring doch vor einen Zug | harassment | 4      |
leg dich auf die Schienen | harassment | 4      |
leg dich vor den Zug    | harassment | 4        |
nimm dir einen Strick   | harassment | 4        |
nimm dir den Strick     | harassment | 4        |
kauf dir einen Strick   | harassment | 4        |
such dir einen Strick   | harassment | 4        |
geh dich aufhängen      | harassment | 4        |
geh dich erschießen     | harassment | 4        |

# =====================================================================
# Round 3
# =====================================================================

# --- shut up, get lost, kiss my arse ---
halt deine Schnauze     | harassment | 3        |
halt dei Maul           | harassment | 3        |
halt die Fotze          | harassment | 4        |
Fresse halten jetzt     | harassment | 3        |
mach dich vom Acker     | harassment | 1        |
mach die Biege          | harassment | 1        |
verpiss dich du         | harassment | 3        |
verpisst euch alle      | harassment | 3        |
fuck dich               | harassment | 3        |
fuck euch               | harassment | 3        |
fick euch               | harassment | 3        |
fick euch alle          | harassment | 3        |
fickt euch alle         | harassment | 3        |
fick Sie                | harassment | 3        |
figg dich               | harassment | 3        |
leck mich doch          | harassment | 3        |
leckt mich              | harassment | 3        |
leckt mich am Arsch     | harassment | 3        |
du kannst mich mal      | harassment | 2        |
Sie können mich mal     | harassment | 2        |
ihr könnt mich mal      | harassment | 2        |
Sie gehen mir auf den Sack | harassment | 2    |
ihr geht mir auf den Sack | harassment | 2     |
geht mir auf die Eier   | harassment | 2        |
gehst mir auf die Eier  | harassment | 2        |
gehst mir auf den Sack  | harassment | 2        |
du gehst mir auf den Senkel | harassment | 1   |
scheiß auf dich         | harassment | 3        |
scheiß auf euch         | harassment | 3        |
ich piss dir ans Bein   | harassment | 2        |
ich pisse auf dich      | harassment | 3        |

# --- hatred and contempt aimed at the reader ---
ich hasse dich          | harassment | 2        |
ich hasse euch          | harassment | 2        |
ich hasse Sie           | harassment | 2        |
ich hasse euch alle     | harassment | 2        |
Hass auf dich           | harassment | 2        |
Hass auf euch           | harassment | 2        |
ich verachte dich       | harassment | 2        |
ich verachte euch       | harassment | 2        |
ich verachte Sie        | harassment | 2        |
ihr widert mich an      | harassment | 2        |
ihr seid widerlich      | harassment | 2        |
ihr seid widerwärtig    | harassment | 2        |
ihr seid ekelhaft       | harassment | 2        |
du bist widerwärtig     | harassment | 2        |
Sie sind widerwärtig    | harassment | 2        |
Sie sind widerlich      | harassment | 2        |
Sie sind ekelhaft       | harassment | 2        |
ihr seid Müll           | harassment | 3        |
ihr seid auch nur Müll  | harassment | 3        |
du bist Müll            | harassment | 3        |
du bist Abfall          | harassment | 3        |
ihr seid Abfall         | harassment | 3        |
ihr seid Abschaum       | harassment | 3        |
Sie sind Abschaum       | harassment | 3        |
ihr seid Ungeziefer     | harassment | 4        |
du bist Ungeziefer      | harassment | 4        |
ihr seid eine Plage     | harassment | 3        |
du bist eine Plage      | harassment | 2        |
ihr seid Parasiten      | harassment | 3        |
ihr seid Tiere          | harassment | 3        |
dein Leben ist nichts wert | harassment | 3    |
dein Leben ist absolut nichts wert | harassment | 3 |
dein Leben ist wertlos  | harassment | 3        |
du bist ein Stück Scheiße | harassment | 3    |
du bist so hässlich     | harassment | 2        |
du fette Sau            | harassment | 3        |
du bist so ein Versager | harassment | 2        |
du bist peinlich        | harassment | 1        |
geh heulen              | harassment | 1        |
heul doch rum           | harassment | 1        |
ab in die Klapse        | harassment | 2        |
du gehörst in die Klapse | harassment | 2      |
du gehörst in die Psychiatrie | harassment | 2 |
du stinkst              | harassment | 1        |
du bist behindert       | harassment | 3        |
du bist so behindert    | harassment | 3        |
Sie sind behindert      | harassment | 3        |
ihr seid behindert      | harassment | 3        |
du bist so fett         | harassment | 2        |
Sie sind fett           | harassment | 2        |
verrotte doch           | harassment | 3        |
verrotte in der Hölle   | harassment | 3        |
sollst verrotten        | harassment | 3        |
soll er doch verrotten  | harassment | 3        |
sollen sie doch verrotten | harassment | 3      |
soll er verrotten       | harassment | 3        |
