@format decorum-lexicon 1
@language de
# German threats of physical violence, as fixed phrases (a pattern engine will
# generalise later). Informal (du/ihr), formal (Sie) and dialect forms.
# Written without punctuation: "ich weiß, wo du wohnst" -> "ich weiß wo du wohnst".
# term                          | category | severity | flags

# --- killing: umbringen ---
ich bringe dich um              | threat   | 4        |
ich bring dich um               | threat   | 4        |
ich bringe euch um              | threat   | 4        |
ich bring euch um               | threat   | 4        |
ich bringe euch alle um         | threat   | 4        |
ich bring euch alle um          | threat   | 4        |
ich bringe Sie um               | threat   | 4        |
ich bring Sie um                | threat   | 4        |
i bring di um                   | threat   | 4        |    # Bavarian, Austrian
dich umbringen                  | threat   | 4        |    # ich werde / will / werd dich umbringen
euch umbringen                  | threat   | 4        |
ich werde Sie umbringen         | threat   | 4        |

# --- killing: töten, kaltmachen ---
ich töte dich                   | threat   | 4        |
ich töte euch                   | threat   | 4        |
dich töten                      | threat   | 4        |
euch töten                      | threat   | 4        |
ich werde Sie töten             | threat   | 4        |
ich mach dich kalt              | threat   | 4        |
ich mache dich kalt             | threat   | 4        |
dich kaltmachen                 | threat   | 4        |
ich mach dich tot               | threat   | 4        |
du bist ein toter Mann          | threat   | 4        |
du bist eine tote Frau          | threat   | 4        |
du wirst sterben                | threat   | 4        |
ihr werdet sterben              | threat   | 4        |
ihr werdet alle sterben         | threat   | 4        |

# --- beating ---
ich schlag dich tot             | threat   | 4        |
ich schlage dich tot            | threat   | 4        |
ich prügel dich tot             | threat   | 4        |
ich prügle dich tot             | threat   | 4        |
ich schlag dir die Fresse ein   | threat   | 4        |
ich schlage dir die Fresse ein  | threat   | 4        |
ich polier dir die Fresse       | threat   | 3        |
ich hau dir eine rein           | threat   | 3        |
ich hau dir aufs Maul           | threat   | 3        |
ich brech dir die Beine         | threat   | 4        |
ich breche dir die Beine        | threat   | 4        |
ich brech dir alle Knochen      | threat   | 4        |
ich breche dir alle Knochen     | threat   | 4        |
ich breche Ihnen die Beine      | threat   | 4        |

# --- knives and guns ---
ich stech dich ab               | threat   | 4        |
ich steche dich ab              | threat   | 4        |
i stich di ab                   | threat   | 4        |    # Bavarian, Austrian
dich abstechen                  | threat   | 4        |
ich schneide dir die Kehle durch | threat  | 4        |
ich schneid dir die Kehle durch | threat   | 4        |
ich knall dich ab               | threat   | 4        |
ich knalle dich ab              | threat   | 4        |
dich abknallen                  | threat   | 4        |
euch abknallen                  | threat   | 4        |
ich erschieße dich              | threat   | 4        |
ich erschieß dich               | threat   | 4        |
ich erschieße euch              | threat   | 4        |
dich erschießen                 | threat   | 4        |
euch erschießen                 | threat   | 4        |
ich puste dir das Hirn weg      | threat   | 4        |
eine Kugel in den Kopf          | threat   | 4        |
ich komme mit einer Waffe       | threat   | 4        |
ich komm mit der Knarre         | threat   | 4        |
komme ich mit einer Waffe       | threat   | 4        |
komm ich mit der Knarre         | threat   | 4        |

# --- arson, explosives, rampage ---
ich zünde euren Laden an        | threat   | 4        |
ich fackel euren Laden ab       | threat   | 4        |
ich fackle euren Laden ab       | threat   | 4        |
ich fackel euch die Bude ab     | threat   | 4        |
ich jage euch in die Luft       | threat   | 4        |
ich sprenge euch in die Luft    | threat   | 4        |
ich jag den Laden in die Luft   | threat   | 4        |
ich laufe Amok                  | threat   | 4        |
ich lauf Amok                   | threat   | 4        |

# --- verb-second order after "dann", "sonst", a clause: "sonst bring ich dich um" ---
bring ich dich um               | threat   | 4        |
bringe ich dich um              | threat   | 4        |
bring ich euch um               | threat   | 4        |
bringe ich euch um              | threat   | 4        |
bring ich euch alle um          | threat   | 4        |
mach ich dich kalt              | threat   | 4        |
schlag ich dich tot             | threat   | 4        |
stech ich dich ab               | threat   | 4        |
steche ich dich ab              | threat   | 4        |
knall ich dich ab               | threat   | 4        |
knalle ich dich ab              | threat   | 4        |
erschieß ich dich               | threat   | 4        |
erschieße ich dich              | threat   | 4        |
brech ich dir die Beine         | threat   | 4        |
breche ich dir die Beine        | threat   | 4        |
zünde ich euren Laden an        | threat   | 4        |
fackel ich euren Laden ab       | threat   | 4        |
fackle ich euren Laden ab       | threat   | 4        |

# --- sexual violence ---
ich vergewaltige dich           | threat   | 4        |
dich vergewaltigen              | threat   | 4        |

# --- stalking: I know where you live ---
ich weiß wo du wohnst           | threat   | 4        |
ich weiß wo ihr wohnt           | threat   | 4        |
ich weiß wo Sie wohnen          | threat   | 4        |
wir wissen wo du wohnst         | threat   | 4        |
wir wissen wo Sie wohnen        | threat   | 4        |
ich finde raus wo du wohnst     | threat   | 4        |
ich finde heraus wo du wohnst   | threat   | 4        |
ich weiß wo dein Auto steht     | threat   | 4        |
ich warte vor deiner Haustür    | threat   | 4        |

# =====================================================================
# Round 2
# =====================================================================

# --- killing ---
ich bringe Sie alle um          | threat   | 4        |
ich bring Sie alle um           | threat   | 4        |
euch alle umbringen             | threat   | 4        |
ich bringe jeden um             | threat   | 4        |
ich bring jeden um              | threat   | 4        |
ich bringe deine Familie um     | threat   | 4        |
ich bring deine Familie um      | threat   | 4        |
ich töte deine Familie          | threat   | 4        |
ich töte jeden              | threat   | 4        |
ich töte Sie                    | threat   | 4        |
ich leg dich um                 | threat   | 4        |
ich lege dich um                | threat   | 4        |
ich leg euch um                 | threat   | 4        |
ich lege euch um                | threat   | 4        |
ich mach euch kalt              | threat   | 4        |
ich mache euch kalt             | threat   | 4        |
i mach di hi                    | threat   | 4        |    # Bavarian, Austrian
i mach di kalt                  | threat   | 4        |
ich bring di um                 | threat   | 4        |    # Swiss
du bist tot                     | threat   | 4        |
ihr seid tot                    | threat   | 4        |
ihr seid alle tot               | threat   | 4        |
du bist so gut wie tot          | threat   | 4        |
Sie sind so gut wie tot         | threat   | 4        |
deine Tage sind gezählt         | threat   | 4        |
Ihre Tage sind gezählt          | threat   | 4        |
eure Tage sind gezählt          | threat   | 4        |
du wirst bluten                 | threat   | 4        |
ihr werdet bluten               | threat   | 4        |
ich erwürge dich                | threat   | 4        |
ich erwürg dich                 | threat   | 4        |
ich ertränke dich               | threat   | 4        |
ich zünde dich an               | threat   | 4        |
ich zünd dich an                | threat   | 4        |
ich vergifte dich               | threat   | 4        |

# --- beating ---
ich mach dich fertig            | threat   | 3        |
ich mache dich fertig           | threat   | 3        |
ich mach euch fertig            | threat   | 3        |
ich schlag dich zusammen        | threat   | 4        |
ich schlage dich zusammen       | threat   | 4        |
ich schlag euch zusammen        | threat   | 4        |
ich schlage Sie zusammen        | threat   | 4        |
dich zusammenschlagen           | threat   | 4        |
ich verprügel dich              | threat   | 3        |
ich verprügle dich              | threat   | 3        |
ich verprügele dich             | threat   | 3        |
dich verprügeln                 | threat   | 3        |
ich prügel dich windelweich     | threat   | 3        |
ich hau dir in die Fresse       | threat   | 3        |
ich schlag dir in die Fresse    | threat   | 3        |
ich schlage dir in die Fresse   | threat   | 3        |
ich poliere dir die Fresse      | threat   | 3        |
ich schlag dir die Zähne aus    | threat   | 4        |
ich schlage dir die Zähne aus   | threat   | 4        |
gleich gibt's was auf die Fresse | threat  | 3        |
gleich gibts was auf die Fresse | threat   | 3        |
eine aufs Maul                  | threat   | 3        |
ich brech dir das Genick        | threat   | 4        |
ich breche dir das Genick       | threat   | 4        |
ich brech dir den Hals          | threat   | 4        |
ich dreh dir den Hals um        | threat   | 4        |
ich drehe dir den Hals um       | threat   | 4        |
ich reiß dir den Kopf ab        | threat   | 3        |
ich reiße dir den Kopf ab       | threat   | 3        |
i hau di zam                    | threat   | 3        |    # Austrian
i schlog di tot                 | threat   | 4        |
ich verschlah di                | threat   | 3        |    # Swiss
i verschlah di                  | threat   | 3        |

# --- knives, guns ---
ich stech euch ab               | threat   | 4        |
ich steche euch ab              | threat   | 4        |
ich stech Sie ab                | threat   | 4        |
ich steche Sie ab               | threat   | 4        |
ich stich di ab                 | threat   | 4        |    # Swiss
ich schlitz dich auf            | threat   | 4        |
ich schlitze dich auf           | threat   | 4        |
ich ramm dir ein Messer         | threat   | 4        |
ich ramme dir ein Messer        | threat   | 4        |
ich komm mit dem Messer         | threat   | 4        |
ich komme mit einem Messer      | threat   | 4        |
ich komme mit der Knarre        | threat   | 4        |
ich komme bewaffnet             | threat   | 4        |
ich komm bewaffnet              | threat   | 4        |
ich knall euch alle ab          | threat   | 4        |
ich knalle euch alle ab         | threat   | 4        |
ich knall euch ab               | threat   | 4        |
ich knalle euch ab              | threat   | 4        |
ich knall alle ab               | threat   | 4        |
ich knalle alle ab              | threat   | 4        |
ich erschieße euch alle         | threat   | 4        |
ich erschieße Sie               | threat   | 4        |
ich erschieße jeden             | threat   | 4        |
ich erschieß jeden              | threat   | 4        |
ich schieß dir in den Kopf      | threat   | 4        |
ich schieße dir in den Kopf     | threat   | 4        |
ich jag dir eine Kugel          | threat   | 4        |
ich jage dir eine Kugel         | threat   | 4        |
Kugel in deinen Kopf            | threat   | 4        |

# --- arson, bombs, rampage ---
ich zünde dein Haus an          | threat   | 4        |
ich zünde Ihr Haus an           | threat   | 4        |
ich zünd euren Laden an         | threat   | 4        |
ich fackel dein Haus ab         | threat   | 4        |
ich fackle dein Haus ab         | threat   | 4        |
ich brenne euren Laden nieder   | threat   | 4        |
ich brenn den Laden nieder      | threat   | 4        |
ich lege eine Bombe             | threat   | 4        |
ich leg eine Bombe              | threat   | 4        |
ich jag euch in die Luft        | threat   | 4        |
ich sprenge den Laden           | threat   | 4        |
ich spreng euren Laden          | threat   | 4        |
ich sprenge eure Filiale        | threat   | 4        |
ich richte ein Blutbad an       | threat   | 4        |
ich mache ein Blutbad           | threat   | 4        |
es wird ein Blutbad geben       | threat   | 4        |
es gibt ein Blutbad             | threat   | 4        |

# --- sexual violence ---
ich vergewaltige deine          | threat   | 4        |
man sollte dich vergewaltigen   | threat   | 4        |
dich sollte man vergewaltigen   | threat   | 4        |
du gehörst vergewaltigt         | threat   | 4        |
ich vergewaltige Sie            | threat   | 4        |

# --- stalking, intimidation ---
ich weiß wo deine Kinder        | threat   | 4        |
ich weiß wo Ihre Kinder         | threat   | 4        |
ich weiß wo deine Familie wohnt | threat   | 4        |
ich weiß wo deine Tochter       | threat   | 4        |
ich weiß wie du aussiehst       | threat   | 3        |
ich werde dich finden           | threat   | 3        |
wir werden dich finden          | threat   | 3        |
wenn ich dich erwische          | threat   | 3        |
wenn ich dich in die Finger kriege | threat | 3       |
wenn ich dich in die Finger bekomme | threat | 3      |
ich lauere dir auf              | threat   | 4        |
ich warte nach Feierabend auf dich | threat | 4       |
ich warte nach der Arbeit auf dich | threat | 4       |
pass auf wenn du nach Hause gehst | threat | 4        |

# --- verb-second order ---
bringe ich Sie um               | threat   | 4        |
bring ich Sie um                | threat   | 4        |
töte ich dich                   | threat   | 4        |
leg ich dich um                 | threat   | 4        |
lege ich dich um                | threat   | 4        |
mach ich dich fertig            | threat   | 3        |
schlag ich dich zusammen        | threat   | 4        |
schlage ich dich zusammen       | threat   | 4        |
schlag ich dir die Fresse ein   | threat   | 4        |
hau ich dir eine rein           | threat   | 3        |
polier ich dir die Fresse       | threat   | 3        |
steche ich Sie ab               | threat   | 4        |
erschieße ich Sie               | threat   | 4        |
zünde ich dein Haus an          | threat   | 4        |
jag ich den Laden in die Luft   | threat   | 4        |
komm ich mit dem Messer         | threat   | 4        |
komme ich mit einem Messer      | threat   | 4        |

# =====================================================================
# Round 3
# =====================================================================
# --- stabbing, strangling, torture; calls for killing a group ---
stech dich ab                   | threat   | 4        |
euch abstechen                  | threat   | 4        |
Sie abstechen                   | threat   | 4        |
gehören abgestochen             | threat   | 4        |
die Kehle durchschneiden        | threat   | 4        |
die Kehlen durchschneiden       | threat   | 4        |
ihre Kehlen durchschneiden      | threat   | 4        |
die Kehle aufschlitzen          | threat   | 4        |
dich erdrosseln                 | threat   | 4        |
euch erdrosseln                 | threat   | 4        |
zu erdrosseln                   | threat   | 4        |
dich erwürgen                   | threat   | 4        |
euch erwürgen                   | threat   | 4        |
dich foltern                    | threat   | 4        |
euch foltern                    | threat   | 4        |
gnadenlos foltern               | threat   | 4        |
durch meine Hand sterben        | threat   | 4        |
einen schrecklichen Tod sterben | threat   | 4        |
Tod allen                       | threat   | 4        |
sollten alle umgebracht werden  | threat   | 4        |
sollte man alle umbringen       | threat   | 4        |
sollte man umbringen            | threat   | 4        |
gehören umgebracht              | threat   | 4        |
gehören alle umgebracht         | threat   | 4        |
gehören erschossen              | threat   | 4        |
gehört erschossen               | threat   | 4        |
gehören aufgehängt              | threat   | 4        |
gehört aufgehängt               | threat   | 4        |
gehören ausgerottet             | threat   | 4        |
sollte man ausrotten            | threat   | 4        |
sollten ausgerottet werden      | threat   | 4        |
gehören an die Wand gestellt    | threat   | 4        |
gehört an die Wand gestellt     | threat   | 4        |
sollte man an die Wand stellen  | threat   | 4        |
