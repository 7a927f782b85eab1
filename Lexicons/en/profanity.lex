@format decorum-lexicon 1
@language en
# English profanity: swear words and exclamations, not aimed at a person.
# Insults aimed at someone are in insult.lex; "fuck off", "fuck you", "shut the
# fuck up" are in harassment.lex.
# term                  | category  | severity | flags

# --- fuck and its family (offensive in any language: common) ---
# "fuck" is also a prefix: fuckin, fuckery, fuckload, fuckton, fuckwit, fuckface, fuckup.
fuck                    | profanity | 3        | common, prefix, suffix, infl=v   # fucks fucked fucking; suffix: mindfuck, skullfuck; fucker is in insult.lex
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
wtf                     | profanity | 2        |            # English interjection: in a text in another language it is a loan that has lost its force
wtaf                    | profanity | 3        | common
ffs                     | profanity | 2        |
omfg                    | profanity | 2        |
stfu                    | profanity | 3        | common     # shut the fuck up (full phrase: harassment.lex)
fml                     | profanity | 2        | common
jfc                     | profanity | 2        |

# --- minced oaths and softened forms (mild) ---
effing                  | profanity | 2        |
eff off                 | profanity | 2        |
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

# --- damn, goddamn ---
# Interjections with "hell" (what the hell, how the hell, hell no) and minced oaths that
# are not obscene (frigging, fricking, frak) are not entries: they are not obscene in
# ordinary use and not a guideline break in a ticket. Oaths on God's or Christ's name
# (goddamn, for Christ's sake) stay, at severity 1 to 2.
damn                    | profanity | 1        |
damned                  | profanity | 1        |
dammit                  | profanity | 1        |
damnit                  | profanity | 1        |
goddamn                 | profanity | 2        |
goddam                  | profanity | 2        |
goddamned               | profanity | 2        |
goddammit               | profanity | 2        |
god damn it             | profanity | 2        |

# --- strongest words used as intensifiers ---
cunting                 | profanity | 4        |
bastarding              | profanity | 3        |

# ============================================================================
# Round 2: wider coverage.
# ============================================================================

# --- fuck: more spellings and abbreviations ---
fuq                     | profanity | 3        |
phuq                    | profanity | 3        |
fck                     | profanity | 3        |
fcuk                    | profanity | 3        | infl=v            # also a clothing brand's logo
fukk                    | profanity | 3        |
fuckn                   | profanity | 3        |
fucken                  | profanity | 3        |
fuggin                  | profanity | 2        |
fugging                 | profanity | 2        |
effin                   | profanity | 2        |
muthafucking            | profanity | 3        |
mothafucking            | profanity | 3        |
idgaf                   | profanity | 3        | common
idfc                    | profanity | 3        |
gtfoh                   | profanity | 3        | common
smfh                    | profanity | 2        |
af                      | profanity | 2        | bound             # review: "slow af"; also AF = autofocus on cameras, Air France
wth                     | profanity | 1        |

# --- shit: forms the prefix and suffix do not reach ---
shat                    | profanity | 2        |
shiz                    | profanity | 1        |
shizzle                 | profanity | 1        |
shite                   | profanity | 2        | id=en.profanity.shite_explicit
apeshit                 | profanity | 2        | id=en.profanity.apeshit_explicit
batshit crazy           | profanity | 2        |
chickenshit             | profanity | 2        | id=en.profanity.chickenshit_explicit
jackshit                | profanity | 2        | id=en.profanity.jackshit_explicit
dogshit                 | profanity | 2        |
horseshit               | profanity | 2        | id=en.profanity.horseshit_explicit
bullcrap                | profanity | 1        |
bull crap               | profanity | 1        |
crapola                 | profanity | 1        |
crappiest               | profanity | 1        |
crappier                | profanity | 1        |
crapload                | profanity | 1        | infl=s
craptastic              | profanity | 1        |
crapped                 | profanity | 1        |
crapping                | profanity | 1        |
turd                    | profanity | 2        | prefix, infl=s    # turds, turdface, turdburglar
assload                 | profanity | 2        | infl=s
badass                  | profanity | 1        | infl=es
kickass                 | profanity | 1        |
arsey                   | profanity | 1        |     # British: stroppy
arse about face         | profanity | 2        |
bollocking              | profanity | 2        | infl=s
bollocked               | profanity | 2        |
ballsed up              | profanity | 2        |
ballsup                 | profanity | 2        |
balls up                | profanity | 2        |
cock up                 | profanity | 2        |     # British "cock-up" (blunder); "cock" is in sexual.lex
cockup                  | profanity | 2        | infl=s
buggery                 | profanity | 2        |     # review: also the legal term
buggering               | profanity | 2        |
sod this                | profanity | 2        |
sod that                | profanity | 2        |
naff                    | profanity | 1        |     # British mild
naff off                | profanity | 1        |

# --- damn, hell, god ---
goddamnit               | profanity | 2        |
goddamit                | profanity | 2        |
god dammit              | profanity | 2        |
god damned              | profanity | 2        |
damn you                | profanity | 2        |
to hell with            | profanity | 1        |
for christ's sake       | profanity | 1        |
for chrissake           | profanity | 1        |
for chrissakes          | profanity | 1        |
christ almighty         | profanity | 1        |
jesus fucking wept      | profanity | 3        |

# --- piss, cunt, bastard, bitch as exclamations ---
bitchin                 | profanity | 2        |
sonuvabitch             | profanity | 3        |

# --- dictionary words reached by the compound entries above, listed explicitly ---
bullshit                | profanity | 2        | common, infl=tt   # bullshits bullshitting bullshitted bullshitter
pissed                  | profanity | 2        |     # angry (US), drunk (UK)
pissing                 | profanity | 2        |

# ============================================================================
# Round 3. Laughter acronyms (lmao, lmfao, lol, rofl) are no longer entries: they
# are not obscene in ordinary use and are not a guideline break in a ticket.
# ============================================================================

# --- fuck: respellings and dialect forms ---
fuken                   | profanity | 3        |
fukken                  | profanity | 3        |
fukkin                  | profanity | 3        |
fucc                    | profanity | 3        | infl=v
fuxk                    | profanity | 3        | infl=v
fvck                    | profanity | 3        | infl=v
fook                    | profanity | 3        | bound, infl=v     # Irish/Northern English; fooking, fookin
fookin                  | profanity | 3        |
feckin                  | profanity | 2        |
mindfuck                | profanity | 2        | infl=v
fuckery                 | profanity | 3        |
fk off                  | profanity | 3        |
fkin                    | profanity | 3        |
fckn                    | profanity | 3        |
fcked                   | profanity | 3        |
fked                    | profanity | 3        |
effed up                | profanity | 2        |
motherfuck              | profanity | 3        | common
# --- shit, crap, piss, ass ---
shyt                    | profanity | 2        | infl=s
shiet                   | profanity | 2        |
sheeit                  | profanity | 2        |
shitey                  | profanity | 2        |
bullshite               | profanity | 2        |
bull shit               | profanity | 2        |
horse shit              | profanity | 2        |
pissant                 | profanity | 2        | bound, infl=s     
piss take               | profanity | 2        |
arse over tit           | profanity | 2        |
bollocksed              | profanity | 2        |
bollocks up             | profanity | 2        |
# --- abbreviations of swearing ---
wtfh                    | profanity | 3        |
wtff                    | profanity | 3        |
stfd                    | profanity | 3        |
shiat                   | profanity | 2        |
fux                     | profanity | 3        |
