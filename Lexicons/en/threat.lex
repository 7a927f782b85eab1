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
