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
