@format decorum-lexicon 1
@language en
# English harassment: fixed phrases meant to demean, silence or attack someone.
# Threats of physical violence are in threat.lex.
# term                      | category   | severity | flags

# --- urging self-harm or wishing death (severity 4) ---
kill yourself               | harassment | 4        |
kill urself                 | harassment | 4        |
kys                         | harassment | 4        | common
go die                      | harassment | 3        |
drop dead                   | harassment | 3        |
die in a fire               | harassment | 4        |
die in a ditch              | harassment | 4        |
hope you die                | harassment | 4        |
hope you get cancer         | harassment | 4        |
hope your family dies       | harassment | 4        |
neck yourself               | harassment | 4        |
hang yourself               | harassment | 4        |
go jump off a bridge        | harassment | 4        |
slit your wrists            | harassment | 4        |
the world would be better without you | harassment | 4 |
nobody would miss you       | harassment | 4        |
you should die              | harassment | 4        |
you deserve to die          | harassment | 4        |
you don't deserve to live   | harassment | 4        |

# --- telling someone to go away, with swearing ---
fuck you                    | harassment | 3        | common
fuck u                      | harassment | 3        | common
fuck off                    | harassment | 3        | common
fuck yourself               | harassment | 3        | common
get fucked                  | harassment | 3        |
get the fuck out            | harassment | 3        |
gtfo                        | harassment | 3        | common
shut the fuck up            | harassment | 3        | common
shut the hell up            | harassment | 2        |
eat shit                    | harassment | 3        |
eat shit and die            | harassment | 4        |
eat a dick                  | harassment | 3        |
suck a dick                 | harassment | 3        |
kiss my ass                 | harassment | 2        |
kiss my arse                | harassment | 2        |
up yours                    | harassment | 2        |
piss off                    | harassment | 2        |
bugger off                  | harassment | 2        |
sod off                     | harassment | 2        |
screw you                   | harassment | 2        |
go to hell                  | harassment | 2        |
rot in hell                 | harassment | 3        | bound              # German "rot in hell" = red in bright
burn in hell                | harassment | 3        |
bite me                     | harassment | 1        |

# --- silencing ---
shut up                     | harassment | 1        |     # review: also friendly ("shut up, really?")
shut your mouth             | harassment | 2        |
shut your face              | harassment | 2        |
shut your trap              | harassment | 2        |
shut your pie hole          | harassment | 2        |
nobody asked you            | harassment | 2        |
no one asked you            | harassment | 2        |
know your place             | harassment | 2        |

# --- demeaning someone ---
nobody likes you            | harassment | 3        |
no one likes you            | harassment | 3        |
everybody hates you         | harassment | 3        |
everyone hates you          | harassment | 3        |
nobody cares about you      | harassment | 3        |
you're worthless            | harassment | 3        |
you are worthless           | harassment | 3        |
you worthless               | harassment | 3        |     # "you worthless piece of ..."
you're pathetic             | harassment | 2        |
you are pathetic            | harassment | 2        |
you're a disgrace           | harassment | 2        |
you are a disgrace          | harassment | 2        |
you're a joke               | harassment | 2        |
you are a joke              | harassment | 2        |
you're useless              | harassment | 2        |
you are useless             | harassment | 2        |
you make me sick            | harassment | 2        |
you disgust me              | harassment | 2        |
you're so ugly              | harassment | 2        |
you are so ugly             | harassment | 2        |
your mother should have swallowed you | harassment | 4 |
your mom should have aborted you | harassment | 4  |
you were a mistake          | harassment | 3        |
get a life                  | harassment | 1        |
go cry to your mommy        | harassment | 2        |
crawl back under your rock  | harassment | 2        |
stupid little girl          | harassment | 3        |
make me a sandwich          | harassment | 2        |     # sexist put-down to women agents
get back in the kitchen     | harassment | 3        |
back to the kitchen         | harassment | 3        |
