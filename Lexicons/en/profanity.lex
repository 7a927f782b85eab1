@format decorum-lexicon 1
@language en
# English profanity: swear words and exclamations, not aimed at a person.
# Insults aimed at someone are in insult.lex; "fuck off", "fuck you", "shut the
# fuck up" are in harassment.lex.
# term                  | category  | severity | flags

# --- fuck and its family (offensive in any language: common) ---
# "fuck" is also a prefix: fuckin, fuckery, fuckload, fuckton, fuckwit, fuckface, fuckup.
fuck                    | profanity | 3        | common, prefix, infl=v   # fucks fucked fucking; fucker is in insult.lex
clusterfuck             | profanity | 3        | common, infl=s
motherfucking           | profanity | 3        | common
motherfuckin            | profanity | 3        | common
absofuckinglutely       | profanity | 3        |
unfuckingbelievable     | profanity | 3        |
what the fuck           | profanity | 3        | common
for fuck's sake         | profanity | 3        | common
for fucks sake          | profanity | 3        | common
holy fuck               | profanity | 3        | common
jesus fucking christ    | profanity | 3        | common
mofo                    | profanity | 2        | infl=s

# --- respellings people type (not leetspeak: the normalizer handles digits and symbols) ---
fuk                     | profanity | 3        | infl=s
fukin                   | profanity | 3        |
fuking                  | profanity | 3        |
fkn                     | profanity | 3        |
fking                   | profanity | 3        |
fcking                  | profanity | 3        |
phuck                   | profanity | 3        | infl=verb
phuk                    | profanity | 3        |

# --- chat abbreviations ---
wtf                     | profanity | 3        | common
wtaf                    | profanity | 3        | common
ffs                     | profanity | 3        | common
omfg                    | profanity | 3        | common
stfu                    | profanity | 3        | common     # shut the fuck up (full phrase: harassment.lex)
fml                     | profanity | 2        | common
jfc                     | profanity | 2        |
lmfao                   | profanity | 1        |

# --- minced oaths and softened forms (mild) ---
effing                  | profanity | 2        |
eff off                 | profanity | 2        |
frigging                | profanity | 1        |
friggin                 | profanity | 1        |
fricking                | profanity | 1        |
frickin                 | profanity | 1        |
feck                    | profanity | 2        | infl=v     # Irish English: fecks fecked fecking
fecker                  | profanity | 2        | infl=s

# --- shit and its family ---
# prefix: shite, shithole, shitshow, shitstorm, shitload, shithead (insult.lex lists it too, at 3)
# suffix: bullshit, horseshit, batshit, apeshit, jackshit, chickenshit, dipshit
shit                    | profanity | 2        | common, prefix, suffix, infl=tt
holy shit               | profanity | 2        | common
no shit                 | profanity | 2        |

# --- crap, piss ---
crap                    | profanity | 1        | infl=s
crappy                  | profanity | 1        |
crapper                 | profanity | 1        |
piss                    | profanity | 2        | bound, prefix, infl=es   # pissed, pissing, pisshead; bound: French "pissenlit" (dandelion)
pissed off              | profanity | 2        |
taking the piss         | profanity | 2        |

# --- ass and arse (British and US) ---
ass                     | profanity | 2        | bound, infl=es     # German "Ass" = ace; also "donkey"
my ass                  | profanity | 2        | bound
half assed              | profanity | 2        |     # "half-assed": the tokenizer splits the hyphen
halfassed               | profanity | 2        |
arse                    | profanity | 2        | infl=s
arsed                   | profanity | 2        |
can't be arsed          | profanity | 2        |

# --- British and Irish swearing ---
bollocks                | profanity | 2        |
bollox                  | profanity | 2        |
bugger                  | profanity | 2        | infl=s
buggered                | profanity | 2        |
sodding                 | profanity | 2        |
sod it                  | profanity | 2        |
bloody                  | profanity | 1        |     # review: also literal (a bloody nose)
bloody hell             | profanity | 1        |
bleeding hell           | profanity | 1        |

# --- damn, hell, goddamn ---
damn                    | profanity | 1        |
damned                  | profanity | 1        |
dammit                  | profanity | 1        |
damnit                  | profanity | 1        |
goddamn                 | profanity | 2        |
goddam                  | profanity | 2        |
goddamned               | profanity | 2        |
goddammit               | profanity | 2        |
god damn it             | profanity | 2        |
what the hell           | profanity | 1        |
who the hell            | profanity | 1        |
why the hell            | profanity | 1        |
how the hell            | profanity | 1        |
where the hell          | profanity | 1        |
hell no                 | profanity | 1        |

# --- strongest words used as intensifiers ---
cunting                 | profanity | 4        |
bastarding              | profanity | 3        |
