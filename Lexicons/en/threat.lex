@format decorum-lexicon 1
@language en
# English threats of physical violence: fixed phrases only (a pattern engine for free
# word order will come later). Severity 4 means "escalate to a human now".
# Phrases must not be the start of an innocent sentence ("I'll cut you a refund check"
# is why "I'll cut you" is absent).
# term                          | category | severity | flags

# --- killing ---
i will kill you                 | threat   | 4        |
i'll kill you                   | threat   | 4        |
ill kill you                    | threat   | 4        |     # apostrophe dropped, as typed in chats
i'm going to kill you           | threat   | 4        |
im going to kill you            | threat   | 4        |
gonna kill you                  | threat   | 4        |
i'll fucking kill you           | threat   | 4        |
i will fucking kill you         | threat   | 4        |
i'll kill u                     | threat   | 4        |
i will kill u                   | threat   | 4        |
i'll kill your family           | threat   | 4        |
i will kill your family         | threat   | 4        |
i'll murder you                 | threat   | 4        |
i will murder you               | threat   | 4        |
i'm going to murder you         | threat   | 4        |
you're dead                     | threat   | 4        |     # review: also gaming talk; kept at 4 for a support desk
you are dead                    | threat   | 4        |
you're a dead man               | threat   | 4        |
you are going to die            | threat   | 4        |
you're going to die             | threat   | 4        |
your days are numbered          | threat   | 3        |
you won't live to see           | threat   | 4        |
i'll end you                    | threat   | 3        |

# --- weapons and shooting ---
i'll shoot you                  | threat   | 4        |
i will shoot you                | threat   | 4        |
i'm going to shoot you          | threat   | 4        |
put a bullet in your head       | threat   | 4        |
put a bullet in you             | threat   | 4        |
i'll bring a gun                | threat   | 4        |
i'm bringing a gun              | threat   | 4        |
shoot up your office            | threat   | 4        |
shoot up the office             | threat   | 4        |
shoot up your store             | threat   | 4        |
i'll stab you                   | threat   | 4        |
i will stab you                 | threat   | 4        |
i'll slit your throat           | threat   | 4        |
i'll cut your throat            | threat   | 4        |

# --- beating and hurting ---
i'll hurt you                   | threat   | 4        |
i will hurt you                 | threat   | 4        |
i'm going to hurt you           | threat   | 4        |
i'll beat you up                | threat   | 4        |
i'm going to beat you up        | threat   | 4        |
beat the shit out of you        | threat   | 4        |
beat the crap out of you        | threat   | 4        |
kick your ass                   | threat   | 3        |
kick your teeth in              | threat   | 4        |
knock your teeth out            | threat   | 4        |
i'll punch you                  | threat   | 4        |
punch you in the face           | threat   | 4        |
smash your face in              | threat   | 4        |
break your legs                 | threat   | 4        |
break your neck                 | threat   | 4        |
break every bone in your body   | threat   | 4        |
i'll strangle you               | threat   | 4        |
i'll choke you                  | threat   | 4        |
put you in the hospital         | threat   | 4        |
put you in hospital             | threat   | 4        |
i'll rape you                   | threat   | 4        |
i will rape you                 | threat   | 4        |

# --- bombs and arson ---
blow up your office             | threat   | 4        |
blow up your building           | threat   | 4        |
blow up your store              | threat   | 4        |
bomb your office                | threat   | 4        |
there's a bomb in               | threat   | 4        |
i planted a bomb                | threat   | 4        |
burn your house down            | threat   | 4        |
burn down your house            | threat   | 4        |
burn your office down           | threat   | 4        |
burn down your office           | threat   | 4        |
burn your store down            | threat   | 4        |
burn down your store            | threat   | 4        |

# --- stalking and intimidation ---
i know where you live           | threat   | 4        |
i know where you work           | threat   | 4        |
i know where your kids go to school | threat | 4     |
i'm coming for you              | threat   | 3        |
i'm coming to your house        | threat   | 3        |
i'll find where you live        | threat   | 4        |
i'll hunt you down              | threat   | 4        |
i will hunt you down            | threat   | 4        |
watch your back                 | threat   | 3        |
sleep with one eye open         | threat   | 3        |
you'll get what's coming to you | threat   | 3        |
someone is going to get hurt    | threat   | 3        |
somebody is going to get hurt   | threat   | 3        |

# ============================================================================
# Round 2: more fixed phrases (none may start an innocent sentence).
# ============================================================================

# --- killing ---
i am going to kill you          | threat   | 4        |
i'm gonna kill you              | threat   | 4        |
im gonna kill you               | threat   | 4        |
i'll kill ya                    | threat   | 4        |
i will kill ya                  | threat   | 4        |
i'll kill you all               | threat   | 4        |
i will kill all of you          | threat   | 4        |
i'll kill every one of you      | threat   | 4        |
kill every last one of you      | threat   | 4        |
kill everyone in the building   | threat   | 4        |
i'll kill your kids             | threat   | 4        |
i'll kill your wife             | threat   | 4        |
i'll kill that agent            | threat   | 4        |
i'll kill that driver           | threat   | 4        |
i'll murder u                   | threat   | 4        |
i'll end your life              | threat   | 4        |
i will end you                  | threat   | 3        |
you're gonna die                | threat   | 4        |
you are gonna die               | threat   | 4        |
you will be dead                | threat   | 4        |
you won't see tomorrow          | threat   | 4        |
you won't make it home          | threat   | 4        |
put you in the ground           | threat   | 4        |
put you six feet under          | threat   | 4        |
i'll put you in a coffin        | threat   | 4        |
you'll end up in a body bag     | threat   | 4        |

# --- weapons ---
i'll shoot you all              | threat   | 4        |
shoot you in the head           | threat   | 4        |
shoot you dead                  | threat   | 4        |
blow your brains out            | threat   | 4        |
blow your head off              | threat   | 4        |
i'll bring my gun               | threat   | 4        |
i'll come back with a gun       | threat   | 4        |
coming back with a gun          | threat   | 4        |
i'll come back and shoot        | threat   | 4        |
shoot up the store              | threat   | 4        |
shoot up your branch            | threat   | 4        |
shoot up the building           | threat   | 4        |
shoot up the school             | threat   | 4        |
shoot everyone in               | threat   | 4        |
i'm going to shoot up           | threat   | 4        |
i'll cut you up                 | threat   | 4        |
i'll cut your face              | threat   | 4        |
i'll knife you                  | threat   | 4        |
i'll shank you                  | threat   | 4        |
i'll stab your                  | threat   | 4        |
gut you like a fish             | threat   | 4        |
i'll gut you                    | threat   | 4        |
skin you alive                  | threat   | 4        |
throw acid in your face         | threat   | 4        |
i'll throw acid                 | threat   | 4        |
i'll poison you                 | threat   | 4        |

# --- beating and hurting ---
i'll fuck you up                | threat   | 4        |
i will fuck you up              | threat   | 4        |
i'm going to fuck you up        | threat   | 4        |
gonna fuck you up               | threat   | 4        |
i'll mess you up                | threat   | 3        |
beat you to death               | threat   | 4        |
beat you senseless              | threat   | 4        |
beat your ass                   | threat   | 3        |
kick your head in               | threat   | 4        |
kick your fucking head in       | threat   | 4        |
kick the shit out of you        | threat   | 4        |
slap the shit out of you        | threat   | 4        |
i'll smash your face            | threat   | 4        |
i'll break your face            | threat   | 4        |
break your fingers              | threat   | 4        |
break your arms                 | threat   | 4        |
break your jaw                  | threat   | 4        |
break your kneecaps             | threat   | 4        |
break your knees                | threat   | 4        |
punch your lights out           | threat   | 4        |
knock your block off            | threat   | 4        |
rearrange your face             | threat   | 4        |
bash your head in               | threat   | 4        |
bash your skull in              | threat   | 4        |
cave your head in               | threat   | 4        |
cave your skull in              | threat   | 4        |
rip your head off               | threat   | 4        |
rip your throat out             | threat   | 4        |
i'll slap you                   | threat   | 3        |
i'll smack you                  | threat   | 3        |
i'll make you bleed             | threat   | 4        |
i'll make you suffer            | threat   | 3        |
i'll run you over               | threat   | 4        |
run you over with my car        | threat   | 4        |
i'll hurt your family           | threat   | 4        |
hurt your kids                  | threat   | 4        |
i'll rape your                  | threat   | 4        |
lynch you                       | threat   | 4        |
string you up                   | threat   | 4        |

# --- fire and explosives ---
i'll set you on fire            | threat   | 4        |
set you on fire                 | threat   | 4        |
burn you alive                  | threat   | 4        |
set fire to your office         | threat   | 4        |
set fire to your store          | threat   | 4        |
set fire to your house          | threat   | 4        |
torch your store                | threat   | 4        |
torch your house                | threat   | 4        |
torch your office               | threat   | 4        |
bomb your store                 | threat   | 4        |
bomb your building              | threat   | 4        |
bomb the office                 | threat   | 4        |
there is a bomb in              | threat   | 4        |
i have a bomb                   | threat   | 4        |
i've got a bomb                 | threat   | 4        |
i'll blow you up                | threat   | 4        |
blow this place up              | threat   | 4        |
blow up your warehouse          | threat   | 4        |

# --- stalking and intimidation ---
we know where you live          | threat   | 4        |
i know what car you drive       | threat   | 3        |
i'll wait for you after work    | threat   | 3        |
i'll wait for you after your shift | threat | 3     |
i'll come to your house         | threat   | 3        |
i'll find your family           | threat   | 4        |
your family will pay            | threat   | 4        |
your family is next             | threat   | 4        |
i'm coming for your family      | threat   | 4        |
i'll follow you home            | threat   | 3        |
