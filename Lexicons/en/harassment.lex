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
shut up                     | harassment | 1        | addressed         # counts only when aimed at the reader ("Shut up!", "you shut up"); "shut up shop", "told them to shut up" pass
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

# ============================================================================
# Round 2: more fixed phrases.
# ============================================================================

# --- urging self-harm, wishing death or harm ---
kill yourselves             | harassment | 4        |
go kill yourself            | harassment | 4        |
you should kill yourself    | harassment | 4        |
unalive yourself            | harassment | 4        |
end yourself                | harassment | 4        |
go drink bleach             | harassment | 4        |
jump off a bridge           | harassment | 4        |
jump off a cliff            | harassment | 4        |
go play in traffic          | harassment | 3        |
do the world a favor and die | harassment | 4      |
do the world a favour and die | harassment | 4     |
do us all a favor and die   | harassment | 4        |
do us all a favour and die  | harassment | 4        |
do everyone a favor and die | harassment | 4        |
hope you get hit by a bus   | harassment | 4        |
hope you get hit by a car   | harassment | 4        |
hope you get raped          | harassment | 4        |
hope you rot                | harassment | 3        |
hope you choke              | harassment | 3        |
hope you suffer             | harassment | 3        |
hope your kids die          | harassment | 4        |
hope your children die      | harassment | 4        |
hope your mother dies       | harassment | 4        |
hope your mom dies          | harassment | 4        |
hope your mum dies          | harassment | 4        |
choke and die               | harassment | 3        |
die bitch                   | harassment | 4        |
foad                        | harassment | 4        |     # fuck off and die
fuck off and die            | harassment | 4        | common
you should be dead          | harassment | 4        |
you should have been aborted | harassment | 4       |
should've been aborted      | harassment | 4        |
your mother should have aborted you | harassment | 4 |
your mum should have swallowed you | harassment | 4 |
your mom should have swallowed you | harassment | 4 |
waste of a human being      | harassment | 3        |

# --- telling someone to go away ---
go fuck yourself            | harassment | 3        | common
gfy                         | harassment | 3        |
fuck off you                | harassment | 3        |
eff you                     | harassment | 2        |
frick off                   | harassment | 1        |
shove it up your ass        | harassment | 3        |
shove it up your arse       | harassment | 3        |
stick it up your ass        | harassment | 3        |
stick it up your arse       | harassment | 3        |
kiss my butt                | harassment | 1        |
eat my shorts               | harassment | 1        |
go pound sand               | harassment | 1        |
go to hell and stay there   | harassment | 3        |
go suck a dick              | harassment | 3        |
go suck an egg              | harassment | 1        |
piss off and die            | harassment | 4        |

# --- silencing ---
shut your gob               | harassment | 2        |
shut your cakehole          | harassment | 2        |
shut your hole              | harassment | 2        |
shut your yap               | harassment | 2        |
shut your fucking mouth     | harassment | 3        |
shut ur mouth               | harassment | 2        |
nobody cares what you think | harassment | 2        |
no one cares what you think | harassment | 2        |
speak when spoken to        | harassment | 2        |
you don't get to talk       | harassment | 2        |

# --- demeaning ---
you're stupid               | harassment | 2        |
you are stupid              | harassment | 2        |
you're so stupid            | harassment | 2        |
you are so stupid           | harassment | 2        |
are you stupid              | harassment | 2        |
how stupid are you          | harassment | 2        |
how stupid can you be       | harassment | 2        |
you're dumb                 | harassment | 2        |
you are dumb                | harassment | 2        |
you're so dumb              | harassment | 2        |
are you dumb                | harassment | 2        |
are you retarded            | harassment | 3        |
you're brainless            | harassment | 2        |
you are brainless           | harassment | 2        |
you're a nobody             | harassment | 2        |
you are a nobody            | harassment | 2        |
you're a waste of time      | harassment | 2        |
you're disgusting           | harassment | 2        |
you are disgusting          | harassment | 2        |
you're repulsive            | harassment | 2        |
you are repulsive           | harassment | 2        |
you're hideous              | harassment | 2        |
you are hideous             | harassment | 2        |
you're fat                  | harassment | 2        |
you are fat                 | harassment | 2        |
fat and ugly                | harassment | 2        |
you belong in a zoo         | harassment | 3        |
you belong in a cage        | harassment | 3        |
you people are animals      | harassment | 3        |
nobody loves you            | harassment | 3        |
no one loves you            | harassment | 3        |
no one will ever love you   | harassment | 3        |
nobody will ever love you   | harassment | 3        |
your parents must be ashamed | harassment | 2       |
your mother must be ashamed | harassment | 2        |
your mother is a whore      | harassment | 4        |
your mom is a whore         | harassment | 4        |
your mum is a whore         | harassment | 4        |
your mother is a slut       | harassment | 4        |
your mom is a slut          | harassment | 4        |
your mum is a slut          | harassment | 4        |
i fucked your mom           | harassment | 4        |
i fucked your mother        | harassment | 4        |
go back to your cave        | harassment | 2        |
crawl back into your hole   | harassment | 2        |
go back to flipping burgers | harassment | 1        |
you're a failure            | harassment | 2        |
you are a failure           | harassment | 2        |
you're an embarrassment     | harassment | 2        |
you are an embarrassment    | harassment | 2        |

# --- sexist and gendered ---
are you on your period      | harassment | 3        |
on your period or something | harassment | 3        |
typical woman               | harassment | 2        |
typical female              | harassment | 2        |
dumb broad                  | harassment | 2        |
calm down sweetheart        | harassment | 2        |
calm down sweetie           | harassment | 2        |
listen here sweetheart      | harassment | 2        |
listen here little girl     | harassment | 3        |
i bet you're fat            | harassment | 2        |
i bet you're ugly           | harassment | 2        |

# --- doxxing and intimidation short of violence ---
i'll dox you                | harassment | 3        |
i will dox you              | harassment | 3        |
i'm going to dox you        | harassment | 3        |
i'll doxx you               | harassment | 3        |
i'll post your address      | harassment | 3        |
i'll post your home address | harassment | 3        |
i'll find out where you live | harassment | 3       |
i'll ruin your life         | harassment | 3        |
i will ruin your life       | harassment | 3        |
i'll make your life hell    | harassment | 3        |
i'll make your life a living hell | harassment | 3  |
i will make your life hell  | harassment | 3        |

# ============================================================================
# Round 3
# ============================================================================
shut up and             | harassment | 1       |     # imperative aimed at the reader ("shut up and listen")
just shut up            | harassment | 1       |
oh shut up              | harassment | 1       |
you suck                | harassment | 1       |
u suck                  | harassment | 1       |
you guys suck           | harassment | 1       |
you were stupid         | harassment | 2       |
rope yourself           | harassment | 4       |
off yourself            | harassment | 4       |
go hang yourself        | harassment | 4       |
go die in a hole        | harassment | 4       |
die in a hole           | harassment | 4       |
get stuffed             | harassment | 2       |
screw off               | harassment | 2       |
frig off                | harassment | 2       |
go fuck yourselves      | harassment | 3       | common
sick in the head        | harassment | 2       |
fk you                  | harassment | 3       |
fk u                    | harassment | 3       |
fck u                   | harassment | 3       |
fck you                 | harassment | 3       |
fuk u                   | harassment | 3       |
fuk you                 | harassment | 3       |
screw u                 | harassment | 2       |
kill ur self            | harassment | 4       |
kill your self          | harassment | 4       |
neck urself             | harassment | 4       |
hang urself             | harassment | 4       |
