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

# ============================================================================
# Round 3: calls to kill or harm a protected group (always escalated). Written out
# for the groups a moderator sees attacked; the phrase matches inside a longer
# sentence ("those kinds of immigrants ought to be executed").
# ============================================================================

# --- group, plural ---
kill all women                          | threat   | 4        |
kill all trans people                   | threat   | 4        |
kill all transgender people             | threat   | 4        |
kill all gay people                     | threat   | 4        |
kill all gays                           | threat   | 4        |
kill all lesbians                       | threat   | 4        |
kill all homosexuals                    | threat   | 4        |
kill all black people                   | threat   | 4        |
kill all blacks                         | threat   | 4        |
kill all disabled people                | threat   | 4        |
kill all the disabled                   | threat   | 4        |
kill all muslims                        | threat   | 4        |
kill all jews                           | threat   | 4        |
kill all immigrants                     | threat   | 4        |
kill all refugees                       | threat   | 4        |
kill all migrants                       | threat   | 4        |
kill all arabs                          | threat   | 4        |
kill all mexicans                       | threat   | 4        |
kill all asians                         | threat   | 4        |
kill all gypsies                        | threat   | 4        |
kill all foreigners                     | threat   | 4        |
murder all women                        | threat   | 4        |
murder all trans people                 | threat   | 4        |
murder all transgender people           | threat   | 4        |
murder all gay people                   | threat   | 4        |
murder all gays                         | threat   | 4        |
murder all lesbians                     | threat   | 4        |
murder all homosexuals                  | threat   | 4        |
murder all black people                 | threat   | 4        |
murder all blacks                       | threat   | 4        |
murder all disabled people              | threat   | 4        |
murder all the disabled                 | threat   | 4        |
murder all muslims                      | threat   | 4        |
murder all jews                         | threat   | 4        |
murder all immigrants                   | threat   | 4        |
murder all refugees                     | threat   | 4        |
murder all migrants                     | threat   | 4        |
murder all arabs                        | threat   | 4        |
murder all mexicans                     | threat   | 4        |
murder all asians                       | threat   | 4        |
murder all gypsies                      | threat   | 4        |
murder all foreigners                   | threat   | 4        |
shoot all women                         | threat   | 4        |
shoot all trans people                  | threat   | 4        |
shoot all transgender people            | threat   | 4        |
shoot all gay people                    | threat   | 4        |
shoot all gays                          | threat   | 4        |
shoot all lesbians                      | threat   | 4        |
shoot all homosexuals                   | threat   | 4        |
shoot all black people                  | threat   | 4        |
shoot all blacks                        | threat   | 4        |
shoot all disabled people               | threat   | 4        |
shoot all the disabled                  | threat   | 4        |
shoot all muslims                       | threat   | 4        |
shoot all jews                          | threat   | 4        |
shoot all immigrants                    | threat   | 4        |
shoot all refugees                      | threat   | 4        |
shoot all migrants                      | threat   | 4        |
shoot all arabs                         | threat   | 4        |
shoot all mexicans                      | threat   | 4        |
shoot all asians                        | threat   | 4        |
shoot all gypsies                       | threat   | 4        |
shoot all foreigners                    | threat   | 4        |
hang all women                          | threat   | 4        |
hang all trans people                   | threat   | 4        |
hang all transgender people             | threat   | 4        |
hang all gay people                     | threat   | 4        |
hang all gays                           | threat   | 4        |
hang all lesbians                       | threat   | 4        |
hang all homosexuals                    | threat   | 4        |
hang all black people                   | threat   | 4        |
hang all blacks                         | threat   | 4        |
hang all disabled people                | threat   | 4        |
hang all the disabled                   | threat   | 4        |
hang all muslims                        | threat   | 4        |
hang all jews                           | threat   | 4        |
hang all immigrants                     | threat   | 4        |
hang all refugees                       | threat   | 4        |
hang all migrants                       | threat   | 4        |
hang all arabs                          | threat   | 4        |
hang all mexicans                       | threat   | 4        |
hang all asians                         | threat   | 4        |
hang all gypsies                        | threat   | 4        |
hang all foreigners                     | threat   | 4        |
hang all these women                    | threat   | 4        |
hang all these trans people             | threat   | 4        |
hang all these transgender people       | threat   | 4        |
hang all these gay people               | threat   | 4        |
hang all these gays                     | threat   | 4        |
hang all these lesbians                 | threat   | 4        |
hang all these homosexuals              | threat   | 4        |
hang all these black people             | threat   | 4        |
hang all these blacks                   | threat   | 4        |
hang all these disabled people          | threat   | 4        |
hang all these the disabled             | threat   | 4        |
hang all these muslims                  | threat   | 4        |
hang all these jews                     | threat   | 4        |
hang all these immigrants               | threat   | 4        |
hang all these refugees                 | threat   | 4        |
hang all these migrants                 | threat   | 4        |
hang all these arabs                    | threat   | 4        |
hang all these mexicans                 | threat   | 4        |
hang all these asians                   | threat   | 4        |
hang all these gypsies                  | threat   | 4        |
hang all these foreigners               | threat   | 4        |
hang all those women                    | threat   | 4        |
hang all those trans people             | threat   | 4        |
hang all those transgender people       | threat   | 4        |
hang all those gay people               | threat   | 4        |
hang all those gays                     | threat   | 4        |
hang all those lesbians                 | threat   | 4        |
hang all those homosexuals              | threat   | 4        |
hang all those black people             | threat   | 4        |
hang all those blacks                   | threat   | 4        |
hang all those disabled people          | threat   | 4        |
hang all those the disabled             | threat   | 4        |
hang all those muslims                  | threat   | 4        |
hang all those jews                     | threat   | 4        |
hang all those immigrants               | threat   | 4        |
hang all those refugees                 | threat   | 4        |
hang all those migrants                 | threat   | 4        |
hang all those arabs                    | threat   | 4        |
hang all those mexicans                 | threat   | 4        |
hang all those asians                   | threat   | 4        |
hang all those gypsies                  | threat   | 4        |
hang all those foreigners               | threat   | 4        |
stab those women                        | threat   | 4        |
stab those trans people                 | threat   | 4        |
stab those transgender people           | threat   | 4        |
stab those gay people                   | threat   | 4        |
stab those gays                         | threat   | 4        |
stab those lesbians                     | threat   | 4        |
stab those homosexuals                  | threat   | 4        |
stab those black people                 | threat   | 4        |
stab those blacks                       | threat   | 4        |
stab those disabled people              | threat   | 4        |
stab those the disabled                 | threat   | 4        |
stab those muslims                      | threat   | 4        |
stab those jews                         | threat   | 4        |
stab those immigrants                   | threat   | 4        |
stab those refugees                     | threat   | 4        |
stab those migrants                     | threat   | 4        |
stab those arabs                        | threat   | 4        |
stab those mexicans                     | threat   | 4        |
stab those asians                       | threat   | 4        |
stab those gypsies                      | threat   | 4        |
stab those foreigners                   | threat   | 4        |
stab all women                          | threat   | 4        |
stab all trans people                   | threat   | 4        |
stab all transgender people             | threat   | 4        |
stab all gay people                     | threat   | 4        |
stab all gays                           | threat   | 4        |
stab all lesbians                       | threat   | 4        |
stab all homosexuals                    | threat   | 4        |
stab all black people                   | threat   | 4        |
stab all blacks                         | threat   | 4        |
stab all disabled people                | threat   | 4        |
stab all the disabled                   | threat   | 4        |
stab all muslims                        | threat   | 4        |
stab all jews                           | threat   | 4        |
stab all immigrants                     | threat   | 4        |
stab all refugees                       | threat   | 4        |
stab all migrants                       | threat   | 4        |
stab all arabs                          | threat   | 4        |
stab all mexicans                       | threat   | 4        |
stab all asians                         | threat   | 4        |
stab all gypsies                        | threat   | 4        |
stab all foreigners                     | threat   | 4        |
burn all women                          | threat   | 4        |
burn all trans people                   | threat   | 4        |
burn all transgender people             | threat   | 4        |
burn all gay people                     | threat   | 4        |
burn all gays                           | threat   | 4        |
burn all lesbians                       | threat   | 4        |
burn all homosexuals                    | threat   | 4        |
burn all black people                   | threat   | 4        |
burn all blacks                         | threat   | 4        |
burn all disabled people                | threat   | 4        |
burn all the disabled                   | threat   | 4        |
burn all muslims                        | threat   | 4        |
burn all jews                           | threat   | 4        |
burn all immigrants                     | threat   | 4        |
burn all refugees                       | threat   | 4        |
burn all migrants                       | threat   | 4        |
burn all arabs                          | threat   | 4        |
burn all mexicans                       | threat   | 4        |
burn all asians                         | threat   | 4        |
burn all gypsies                        | threat   | 4        |
burn all foreigners                     | threat   | 4        |
gas all women                           | threat   | 4        |
gas all trans people                    | threat   | 4        |
gas all transgender people              | threat   | 4        |
gas all gay people                      | threat   | 4        |
gas all gays                            | threat   | 4        |
gas all lesbians                        | threat   | 4        |
gas all homosexuals                     | threat   | 4        |
gas all black people                    | threat   | 4        |
gas all blacks                          | threat   | 4        |
gas all disabled people                 | threat   | 4        |
gas all the disabled                    | threat   | 4        |
gas all muslims                         | threat   | 4        |
gas all jews                            | threat   | 4        |
gas all immigrants                      | threat   | 4        |
gas all refugees                        | threat   | 4        |
gas all migrants                        | threat   | 4        |
gas all arabs                           | threat   | 4        |
gas all mexicans                        | threat   | 4        |
gas all asians                          | threat   | 4        |
gas all gypsies                         | threat   | 4        |
gas all foreigners                      | threat   | 4        |
gas the women                           | threat   | 4        |
gas the trans people                    | threat   | 4        |
gas the transgender people              | threat   | 4        |
gas the gay people                      | threat   | 4        |
gas the gays                            | threat   | 4        |
gas the lesbians                        | threat   | 4        |
gas the homosexuals                     | threat   | 4        |
gas the black people                    | threat   | 4        |
gas the blacks                          | threat   | 4        |
gas the disabled people                 | threat   | 4        |
gas the muslims                         | threat   | 4        |
gas the jews                            | threat   | 4        |
gas the immigrants                      | threat   | 4        |
gas the refugees                        | threat   | 4        |
gas the migrants                        | threat   | 4        |
gas the arabs                           | threat   | 4        |
gas the mexicans                        | threat   | 4        |
gas the asians                          | threat   | 4        |
gas the gypsies                         | threat   | 4        |
gas the foreigners                      | threat   | 4        |
exterminate all women                   | threat   | 4        |
exterminate all trans people            | threat   | 4        |
exterminate all transgender people      | threat   | 4        |
exterminate all gay people              | threat   | 4        |
exterminate all gays                    | threat   | 4        |
exterminate all lesbians                | threat   | 4        |
exterminate all homosexuals             | threat   | 4        |
exterminate all black people            | threat   | 4        |
exterminate all blacks                  | threat   | 4        |
exterminate all disabled people         | threat   | 4        |
exterminate all the disabled            | threat   | 4        |
exterminate all muslims                 | threat   | 4        |
exterminate all jews                    | threat   | 4        |
exterminate all immigrants              | threat   | 4        |
exterminate all refugees                | threat   | 4        |
exterminate all migrants                | threat   | 4        |
exterminate all arabs                   | threat   | 4        |
exterminate all mexicans                | threat   | 4        |
exterminate all asians                  | threat   | 4        |
exterminate all gypsies                 | threat   | 4        |
exterminate all foreigners              | threat   | 4        |
exterminate the women                   | threat   | 4        |
exterminate the trans people            | threat   | 4        |
exterminate the transgender people      | threat   | 4        |
exterminate the gay people              | threat   | 4        |
exterminate the gays                    | threat   | 4        |
exterminate the lesbians                | threat   | 4        |
exterminate the homosexuals             | threat   | 4        |
exterminate the black people            | threat   | 4        |
exterminate the blacks                  | threat   | 4        |
exterminate the disabled people         | threat   | 4        |
exterminate the muslims                 | threat   | 4        |
exterminate the jews                    | threat   | 4        |
exterminate the immigrants              | threat   | 4        |
exterminate the refugees                | threat   | 4        |
exterminate the migrants                | threat   | 4        |
exterminate the arabs                   | threat   | 4        |
exterminate the mexicans                | threat   | 4        |
exterminate the asians                  | threat   | 4        |
exterminate the gypsies                 | threat   | 4        |
exterminate the foreigners              | threat   | 4        |
exterminate those women                 | threat   | 4        |
exterminate those trans people          | threat   | 4        |
exterminate those transgender people    | threat   | 4        |
exterminate those gay people            | threat   | 4        |
exterminate those gays                  | threat   | 4        |
exterminate those lesbians              | threat   | 4        |
exterminate those homosexuals           | threat   | 4        |
exterminate those black people          | threat   | 4        |
exterminate those blacks                | threat   | 4        |
exterminate those disabled people       | threat   | 4        |
exterminate those the disabled          | threat   | 4        |
exterminate those muslims               | threat   | 4        |
exterminate those jews                  | threat   | 4        |
exterminate those immigrants            | threat   | 4        |
exterminate those refugees              | threat   | 4        |
exterminate those migrants              | threat   | 4        |
exterminate those arabs                 | threat   | 4        |
exterminate those mexicans              | threat   | 4        |
exterminate those asians                | threat   | 4        |
exterminate those gypsies               | threat   | 4        |
exterminate those foreigners            | threat   | 4        |
eradicate all women                     | threat   | 4        |
eradicate all trans people              | threat   | 4        |
eradicate all transgender people        | threat   | 4        |
eradicate all gay people                | threat   | 4        |
eradicate all gays                      | threat   | 4        |
eradicate all lesbians                  | threat   | 4        |
eradicate all homosexuals               | threat   | 4        |
eradicate all black people              | threat   | 4        |
eradicate all blacks                    | threat   | 4        |
eradicate all disabled people           | threat   | 4        |
eradicate all the disabled              | threat   | 4        |
eradicate all muslims                   | threat   | 4        |
eradicate all jews                      | threat   | 4        |
eradicate all immigrants                | threat   | 4        |
eradicate all refugees                  | threat   | 4        |
eradicate all migrants                  | threat   | 4        |
eradicate all arabs                     | threat   | 4        |
eradicate all mexicans                  | threat   | 4        |
eradicate all asians                    | threat   | 4        |
eradicate all gypsies                   | threat   | 4        |
eradicate all foreigners                | threat   | 4        |
eradicate those women                   | threat   | 4        |
eradicate those trans people            | threat   | 4        |
eradicate those transgender people      | threat   | 4        |
eradicate those gay people              | threat   | 4        |
eradicate those gays                    | threat   | 4        |
eradicate those lesbians                | threat   | 4        |
eradicate those homosexuals             | threat   | 4        |
eradicate those black people            | threat   | 4        |
eradicate those blacks                  | threat   | 4        |
eradicate those disabled people         | threat   | 4        |
eradicate those the disabled            | threat   | 4        |
eradicate those muslims                 | threat   | 4        |
eradicate those jews                    | threat   | 4        |
eradicate those immigrants              | threat   | 4        |
eradicate those refugees                | threat   | 4        |
eradicate those migrants                | threat   | 4        |
eradicate those arabs                   | threat   | 4        |
eradicate those mexicans                | threat   | 4        |
eradicate those asians                  | threat   | 4        |
eradicate those gypsies                 | threat   | 4        |
eradicate those foreigners              | threat   | 4        |
eradicate the women                     | threat   | 4        |
eradicate the trans people              | threat   | 4        |
eradicate the transgender people        | threat   | 4        |
eradicate the gay people                | threat   | 4        |
eradicate the gays                      | threat   | 4        |
eradicate the lesbians                  | threat   | 4        |
eradicate the homosexuals               | threat   | 4        |
eradicate the black people              | threat   | 4        |
eradicate the blacks                    | threat   | 4        |
eradicate the disabled people           | threat   | 4        |
eradicate the muslims                   | threat   | 4        |
eradicate the jews                      | threat   | 4        |
eradicate the immigrants                | threat   | 4        |
eradicate the refugees                  | threat   | 4        |
eradicate the migrants                  | threat   | 4        |
eradicate the arabs                     | threat   | 4        |
eradicate the mexicans                  | threat   | 4        |
eradicate the asians                    | threat   | 4        |
eradicate the gypsies                   | threat   | 4        |
eradicate the foreigners                | threat   | 4        |
wipe out all women                      | threat   | 4        |
wipe out all trans people               | threat   | 4        |
wipe out all transgender people         | threat   | 4        |
wipe out all gay people                 | threat   | 4        |
wipe out all gays                       | threat   | 4        |
wipe out all lesbians                   | threat   | 4        |
wipe out all homosexuals                | threat   | 4        |
wipe out all black people               | threat   | 4        |
wipe out all blacks                     | threat   | 4        |
wipe out all disabled people            | threat   | 4        |
wipe out all the disabled               | threat   | 4        |
wipe out all muslims                    | threat   | 4        |
wipe out all jews                       | threat   | 4        |
wipe out all immigrants                 | threat   | 4        |
wipe out all refugees                   | threat   | 4        |
wipe out all migrants                   | threat   | 4        |
wipe out all arabs                      | threat   | 4        |
wipe out all mexicans                   | threat   | 4        |
wipe out all asians                     | threat   | 4        |
wipe out all gypsies                    | threat   | 4        |
wipe out all foreigners                 | threat   | 4        |
wipe out the women                      | threat   | 4        |
wipe out the trans people               | threat   | 4        |
wipe out the transgender people         | threat   | 4        |
wipe out the gay people                 | threat   | 4        |
wipe out the gays                       | threat   | 4        |
wipe out the lesbians                   | threat   | 4        |
wipe out the homosexuals                | threat   | 4        |
wipe out the black people               | threat   | 4        |
wipe out the blacks                     | threat   | 4        |
wipe out the disabled people            | threat   | 4        |
wipe out the muslims                    | threat   | 4        |
wipe out the jews                       | threat   | 4        |
wipe out the immigrants                 | threat   | 4        |
wipe out the refugees                   | threat   | 4        |
wipe out the migrants                   | threat   | 4        |
wipe out the arabs                      | threat   | 4        |
wipe out the mexicans                   | threat   | 4        |
wipe out the asians                     | threat   | 4        |
wipe out the gypsies                    | threat   | 4        |
wipe out the foreigners                 | threat   | 4        |
death to all women                      | threat   | 4        |
death to all trans people               | threat   | 4        |
death to all transgender people         | threat   | 4        |
death to all gay people                 | threat   | 4        |
death to all gays                       | threat   | 4        |
death to all lesbians                   | threat   | 4        |
death to all homosexuals                | threat   | 4        |
death to all black people               | threat   | 4        |
death to all blacks                     | threat   | 4        |
death to all disabled people            | threat   | 4        |
death to all the disabled               | threat   | 4        |
death to all muslims                    | threat   | 4        |
death to all jews                       | threat   | 4        |
death to all immigrants                 | threat   | 4        |
death to all refugees                   | threat   | 4        |
death to all migrants                   | threat   | 4        |
death to all arabs                      | threat   | 4        |
death to all mexicans                   | threat   | 4        |
death to all asians                     | threat   | 4        |
death to all gypsies                    | threat   | 4        |
death to all foreigners                 | threat   | 4        |
death to women                          | threat   | 4        |
death to trans people                   | threat   | 4        |
death to transgender people             | threat   | 4        |
death to gay people                     | threat   | 4        |
death to gays                           | threat   | 4        |
death to lesbians                       | threat   | 4        |
death to homosexuals                    | threat   | 4        |
death to black people                   | threat   | 4        |
death to blacks                         | threat   | 4        |
death to disabled people                | threat   | 4        |
death to the disabled                   | threat   | 4        |
death to muslims                        | threat   | 4        |
death to jews                           | threat   | 4        |
death to immigrants                     | threat   | 4        |
death to refugees                       | threat   | 4        |
death to migrants                       | threat   | 4        |
death to arabs                          | threat   | 4        |
death to mexicans                       | threat   | 4        |
death to asians                         | threat   | 4        |
death to gypsies                        | threat   | 4        |
death to foreigners                     | threat   | 4        |
women should all be killed              | threat   | 4        |
trans people should all be killed       | threat   | 4        |
transgender people should all be killed | threat   | 4        |
gay people should all be killed         | threat   | 4        |
gays should all be killed               | threat   | 4        |
lesbians should all be killed           | threat   | 4        |
homosexuals should all be killed        | threat   | 4        |
black people should all be killed       | threat   | 4        |
blacks should all be killed             | threat   | 4        |
disabled people should all be killed    | threat   | 4        |
the disabled should all be killed       | threat   | 4        |
muslims should all be killed            | threat   | 4        |
jews should all be killed               | threat   | 4        |
immigrants should all be killed         | threat   | 4        |
refugees should all be killed           | threat   | 4        |
migrants should all be killed           | threat   | 4        |
arabs should all be killed              | threat   | 4        |
mexicans should all be killed           | threat   | 4        |
asians should all be killed             | threat   | 4        |
gypsies should all be killed            | threat   | 4        |
foreigners should all be killed         | threat   | 4        |
women should be killed                  | threat   | 4        |
trans people should be killed           | threat   | 4        |
transgender people should be killed     | threat   | 4        |
gay people should be killed             | threat   | 4        |
gays should be killed                   | threat   | 4        |
lesbians should be killed               | threat   | 4        |
homosexuals should be killed            | threat   | 4        |
black people should be killed           | threat   | 4        |
blacks should be killed                 | threat   | 4        |
disabled people should be killed        | threat   | 4        |
the disabled should be killed           | threat   | 4        |
muslims should be killed                | threat   | 4        |
jews should be killed                   | threat   | 4        |
immigrants should be killed             | threat   | 4        |
refugees should be killed               | threat   | 4        |
migrants should be killed               | threat   | 4        |
arabs should be killed                  | threat   | 4        |
mexicans should be killed               | threat   | 4        |
asians should be killed                 | threat   | 4        |
gypsies should be killed                | threat   | 4        |
foreigners should be killed             | threat   | 4        |
women should all die                    | threat   | 4        |
trans people should all die             | threat   | 4        |
transgender people should all die       | threat   | 4        |
gay people should all die               | threat   | 4        |
gays should all die                     | threat   | 4        |
lesbians should all die                 | threat   | 4        |
homosexuals should all die              | threat   | 4        |
black people should all die             | threat   | 4        |
blacks should all die                   | threat   | 4        |
disabled people should all die          | threat   | 4        |
the disabled should all die             | threat   | 4        |
muslims should all die                  | threat   | 4        |
jews should all die                     | threat   | 4        |
immigrants should all die               | threat   | 4        |
refugees should all die                 | threat   | 4        |
migrants should all die                 | threat   | 4        |
arabs should all die                    | threat   | 4        |
mexicans should all die                 | threat   | 4        |
asians should all die                   | threat   | 4        |
gypsies should all die                  | threat   | 4        |
foreigners should all die               | threat   | 4        |
women should die                        | threat   | 4        |
trans people should die                 | threat   | 4        |
transgender people should die           | threat   | 4        |
gay people should die                   | threat   | 4        |
gays should die                         | threat   | 4        |
lesbians should die                     | threat   | 4        |
homosexuals should die                  | threat   | 4        |
black people should die                 | threat   | 4        |
blacks should die                       | threat   | 4        |
disabled people should die              | threat   | 4        |
the disabled should die                 | threat   | 4        |
muslims should die                      | threat   | 4        |
jews should die                         | threat   | 4        |
immigrants should die                   | threat   | 4        |
refugees should die                     | threat   | 4        |
migrants should die                     | threat   | 4        |
arabs should die                        | threat   | 4        |
mexicans should die                     | threat   | 4        |
asians should die                       | threat   | 4        |
gypsies should die                      | threat   | 4        |
foreigners should die                   | threat   | 4        |
women must die                          | threat   | 4        |
trans people must die                   | threat   | 4        |
transgender people must die             | threat   | 4        |
gay people must die                     | threat   | 4        |
gays must die                           | threat   | 4        |
lesbians must die                       | threat   | 4        |
homosexuals must die                    | threat   | 4        |
black people must die                   | threat   | 4        |
blacks must die                         | threat   | 4        |
disabled people must die                | threat   | 4        |
the disabled must die                   | threat   | 4        |
muslims must die                        | threat   | 4        |
jews must die                           | threat   | 4        |
immigrants must die                     | threat   | 4        |
refugees must die                       | threat   | 4        |
migrants must die                       | threat   | 4        |
arabs must die                          | threat   | 4        |
mexicans must die                       | threat   | 4        |
asians must die                         | threat   | 4        |
gypsies must die                        | threat   | 4        |
foreigners must die                     | threat   | 4        |
women deserve to die                    | threat   | 4        |
trans people deserve to die             | threat   | 4        |
transgender people deserve to die       | threat   | 4        |
gay people deserve to die               | threat   | 4        |
gays deserve to die                     | threat   | 4        |
lesbians deserve to die                 | threat   | 4        |
homosexuals deserve to die              | threat   | 4        |
black people deserve to die             | threat   | 4        |
blacks deserve to die                   | threat   | 4        |
disabled people deserve to die          | threat   | 4        |
the disabled deserve to die             | threat   | 4        |
muslims deserve to die                  | threat   | 4        |
jews deserve to die                     | threat   | 4        |
immigrants deserve to die               | threat   | 4        |
refugees deserve to die                 | threat   | 4        |
migrants deserve to die                 | threat   | 4        |
arabs deserve to die                    | threat   | 4        |
mexicans deserve to die                 | threat   | 4        |
asians deserve to die                   | threat   | 4        |
gypsies deserve to die                  | threat   | 4        |
foreigners deserve to die               | threat   | 4        |
women should be shot                    | threat   | 4        |
trans people should be shot             | threat   | 4        |
transgender people should be shot       | threat   | 4        |
gay people should be shot               | threat   | 4        |
gays should be shot                     | threat   | 4        |
lesbians should be shot                 | threat   | 4        |
homosexuals should be shot              | threat   | 4        |
black people should be shot             | threat   | 4        |
blacks should be shot                   | threat   | 4        |
disabled people should be shot          | threat   | 4        |
the disabled should be shot             | threat   | 4        |
muslims should be shot                  | threat   | 4        |
jews should be shot                     | threat   | 4        |
immigrants should be shot               | threat   | 4        |
refugees should be shot                 | threat   | 4        |
migrants should be shot                 | threat   | 4        |
arabs should be shot                    | threat   | 4        |
mexicans should be shot                 | threat   | 4        |
asians should be shot                   | threat   | 4        |
gypsies should be shot                  | threat   | 4        |
foreigners should be shot               | threat   | 4        |
women should be hanged                  | threat   | 4        |
trans people should be hanged           | threat   | 4        |
transgender people should be hanged     | threat   | 4        |
gay people should be hanged             | threat   | 4        |
gays should be hanged                   | threat   | 4        |
lesbians should be hanged               | threat   | 4        |
homosexuals should be hanged            | threat   | 4        |
black people should be hanged           | threat   | 4        |
blacks should be hanged                 | threat   | 4        |
disabled people should be hanged        | threat   | 4        |
the disabled should be hanged           | threat   | 4        |
muslims should be hanged                | threat   | 4        |
jews should be hanged                   | threat   | 4        |
immigrants should be hanged             | threat   | 4        |
refugees should be hanged               | threat   | 4        |
migrants should be hanged               | threat   | 4        |
arabs should be hanged                  | threat   | 4        |
mexicans should be hanged               | threat   | 4        |
asians should be hanged                 | threat   | 4        |
gypsies should be hanged                | threat   | 4        |
foreigners should be hanged             | threat   | 4        |
women should be executed                | threat   | 4        |
trans people should be executed         | threat   | 4        |
transgender people should be executed   | threat   | 4        |
gay people should be executed           | threat   | 4        |
gays should be executed                 | threat   | 4        |
lesbians should be executed             | threat   | 4        |
homosexuals should be executed          | threat   | 4        |
black people should be executed         | threat   | 4        |
blacks should be executed               | threat   | 4        |
disabled people should be executed      | threat   | 4        |
the disabled should be executed         | threat   | 4        |
muslims should be executed              | threat   | 4        |
jews should be executed                 | threat   | 4        |
immigrants should be executed           | threat   | 4        |
refugees should be executed             | threat   | 4        |
migrants should be executed             | threat   | 4        |
arabs should be executed                | threat   | 4        |
mexicans should be executed             | threat   | 4        |
asians should be executed               | threat   | 4        |
gypsies should be executed              | threat   | 4        |
foreigners should be executed           | threat   | 4        |
women ought to be executed              | threat   | 4        |
trans people ought to be executed       | threat   | 4        |
transgender people ought to be executed | threat   | 4        |
gay people ought to be executed         | threat   | 4        |
gays ought to be executed               | threat   | 4        |
lesbians ought to be executed           | threat   | 4        |
homosexuals ought to be executed        | threat   | 4        |
black people ought to be executed       | threat   | 4        |
blacks ought to be executed             | threat   | 4        |
disabled people ought to be executed    | threat   | 4        |
the disabled ought to be executed       | threat   | 4        |
muslims ought to be executed            | threat   | 4        |
jews ought to be executed               | threat   | 4        |
immigrants ought to be executed         | threat   | 4        |
refugees ought to be executed           | threat   | 4        |
migrants ought to be executed           | threat   | 4        |
arabs ought to be executed              | threat   | 4        |
mexicans ought to be executed           | threat   | 4        |
asians ought to be executed             | threat   | 4        |
gypsies ought to be executed            | threat   | 4        |
foreigners ought to be executed         | threat   | 4        |
women should be exterminated            | threat   | 4        |
trans people should be exterminated     | threat   | 4        |
transgender people should be exterminated| threat   | 4        |
gay people should be exterminated       | threat   | 4        |
gays should be exterminated             | threat   | 4        |
lesbians should be exterminated         | threat   | 4        |
homosexuals should be exterminated      | threat   | 4        |
black people should be exterminated     | threat   | 4        |
blacks should be exterminated           | threat   | 4        |
disabled people should be exterminated  | threat   | 4        |
the disabled should be exterminated     | threat   | 4        |
muslims should be exterminated          | threat   | 4        |
jews should be exterminated             | threat   | 4        |
immigrants should be exterminated       | threat   | 4        |
refugees should be exterminated         | threat   | 4        |
migrants should be exterminated         | threat   | 4        |
arabs should be exterminated            | threat   | 4        |
mexicans should be exterminated         | threat   | 4        |
asians should be exterminated           | threat   | 4        |
gypsies should be exterminated          | threat   | 4        |
foreigners should be exterminated       | threat   | 4        |
women should be gassed                  | threat   | 4        |
trans people should be gassed           | threat   | 4        |
transgender people should be gassed     | threat   | 4        |
gay people should be gassed             | threat   | 4        |
gays should be gassed                   | threat   | 4        |
lesbians should be gassed               | threat   | 4        |
homosexuals should be gassed            | threat   | 4        |
black people should be gassed           | threat   | 4        |
blacks should be gassed                 | threat   | 4        |
disabled people should be gassed        | threat   | 4        |
the disabled should be gassed           | threat   | 4        |
muslims should be gassed                | threat   | 4        |
jews should be gassed                   | threat   | 4        |
immigrants should be gassed             | threat   | 4        |
refugees should be gassed               | threat   | 4        |
migrants should be gassed               | threat   | 4        |
arabs should be gassed                  | threat   | 4        |
mexicans should be gassed               | threat   | 4        |
asians should be gassed                 | threat   | 4        |
gypsies should be gassed                | threat   | 4        |
foreigners should be gassed             | threat   | 4        |
women should be burned at the stake     | threat   | 4        |
trans people should be burned at the stake| threat   | 4        |
transgender people should be burned at the stake| threat   | 4        |
gay people should be burned at the stake| threat   | 4        |
gays should be burned at the stake      | threat   | 4        |
lesbians should be burned at the stake  | threat   | 4        |
homosexuals should be burned at the stake| threat   | 4        |
black people should be burned at the stake| threat   | 4        |
blacks should be burned at the stake    | threat   | 4        |
disabled people should be burned at the stake| threat   | 4        |
the disabled should be burned at the stake| threat   | 4        |
muslims should be burned at the stake   | threat   | 4        |
jews should be burned at the stake      | threat   | 4        |
immigrants should be burned at the stake| threat   | 4        |
refugees should be burned at the stake  | threat   | 4        |
migrants should be burned at the stake  | threat   | 4        |
arabs should be burned at the stake     | threat   | 4        |
mexicans should be burned at the stake  | threat   | 4        |
asians should be burned at the stake    | threat   | 4        |
gypsies should be burned at the stake   | threat   | 4        |
foreigners should be burned at the stake| threat   | 4        |
women should be burned                  | threat   | 4        |
trans people should be burned           | threat   | 4        |
transgender people should be burned     | threat   | 4        |
gay people should be burned             | threat   | 4        |
gays should be burned                   | threat   | 4        |
lesbians should be burned               | threat   | 4        |
homosexuals should be burned            | threat   | 4        |
black people should be burned           | threat   | 4        |
blacks should be burned                 | threat   | 4        |
disabled people should be burned        | threat   | 4        |
the disabled should be burned           | threat   | 4        |
muslims should be burned                | threat   | 4        |
jews should be burned                   | threat   | 4        |
immigrants should be burned             | threat   | 4        |
refugees should be burned               | threat   | 4        |
migrants should be burned               | threat   | 4        |
arabs should be burned                  | threat   | 4        |
mexicans should be burned               | threat   | 4        |
asians should be burned                 | threat   | 4        |
gypsies should be burned                | threat   | 4        |
foreigners should be burned             | threat   | 4        |
women should be put down                | threat   | 4        |
trans people should be put down         | threat   | 4        |
transgender people should be put down   | threat   | 4        |
gay people should be put down           | threat   | 4        |
gays should be put down                 | threat   | 4        |
lesbians should be put down             | threat   | 4        |
homosexuals should be put down          | threat   | 4        |
black people should be put down         | threat   | 4        |
blacks should be put down               | threat   | 4        |
disabled people should be put down      | threat   | 4        |
the disabled should be put down         | threat   | 4        |
muslims should be put down              | threat   | 4        |
jews should be put down                 | threat   | 4        |
immigrants should be put down           | threat   | 4        |
refugees should be put down             | threat   | 4        |
migrants should be put down             | threat   | 4        |
arabs should be put down                | threat   | 4        |
mexicans should be put down             | threat   | 4        |
asians should be put down               | threat   | 4        |
gypsies should be put down              | threat   | 4        |
foreigners should be put down           | threat   | 4        |
women would all be dead                 | threat   | 4        |
trans people would all be dead          | threat   | 4        |
transgender people would all be dead    | threat   | 4        |
gay people would all be dead            | threat   | 4        |
gays would all be dead                  | threat   | 4        |
lesbians would all be dead              | threat   | 4        |
homosexuals would all be dead           | threat   | 4        |
black people would all be dead          | threat   | 4        |
blacks would all be dead                | threat   | 4        |
disabled people would all be dead       | threat   | 4        |
the disabled would all be dead          | threat   | 4        |
muslims would all be dead               | threat   | 4        |
jews would all be dead                  | threat   | 4        |
immigrants would all be dead            | threat   | 4        |
refugees would all be dead              | threat   | 4        |
migrants would all be dead              | threat   | 4        |
arabs would all be dead                 | threat   | 4        |
mexicans would all be dead              | threat   | 4        |
asians would all be dead                | threat   | 4        |
gypsies would all be dead               | threat   | 4        |
foreigners would all be dead            | threat   | 4        |
women should all be dead                | threat   | 4        |
trans people should all be dead         | threat   | 4        |
transgender people should all be dead   | threat   | 4        |
gay people should all be dead           | threat   | 4        |
gays should all be dead                 | threat   | 4        |
lesbians should all be dead             | threat   | 4        |
homosexuals should all be dead          | threat   | 4        |
black people should all be dead         | threat   | 4        |
blacks should all be dead               | threat   | 4        |
disabled people should all be dead      | threat   | 4        |
the disabled should all be dead         | threat   | 4        |
muslims should all be dead              | threat   | 4        |
jews should all be dead                 | threat   | 4        |
immigrants should all be dead           | threat   | 4        |
refugees should all be dead             | threat   | 4        |
migrants should all be dead             | threat   | 4        |
arabs should all be dead                | threat   | 4        |
mexicans should all be dead             | threat   | 4        |
asians should all be dead               | threat   | 4        |
gypsies should all be dead              | threat   | 4        |
foreigners should all be dead           | threat   | 4        |
women should be wiped out               | threat   | 4        |
trans people should be wiped out        | threat   | 4        |
transgender people should be wiped out  | threat   | 4        |
gay people should be wiped out          | threat   | 4        |
gays should be wiped out                | threat   | 4        |
lesbians should be wiped out            | threat   | 4        |
homosexuals should be wiped out         | threat   | 4        |
black people should be wiped out        | threat   | 4        |
blacks should be wiped out              | threat   | 4        |
disabled people should be wiped out     | threat   | 4        |
the disabled should be wiped out        | threat   | 4        |
muslims should be wiped out             | threat   | 4        |
jews should be wiped out                | threat   | 4        |
immigrants should be wiped out          | threat   | 4        |
refugees should be wiped out            | threat   | 4        |
migrants should be wiped out            | threat   | 4        |
arabs should be wiped out               | threat   | 4        |
mexicans should be wiped out            | threat   | 4        |
asians should be wiped out              | threat   | 4        |
gypsies should be wiped out             | threat   | 4        |
foreigners should be wiped out          | threat   | 4        |
women must be annihilated               | threat   | 4        |
trans people must be annihilated        | threat   | 4        |
transgender people must be annihilated  | threat   | 4        |
gay people must be annihilated          | threat   | 4        |
gays must be annihilated                | threat   | 4        |
lesbians must be annihilated            | threat   | 4        |
homosexuals must be annihilated         | threat   | 4        |
black people must be annihilated        | threat   | 4        |
blacks must be annihilated              | threat   | 4        |
disabled people must be annihilated     | threat   | 4        |
the disabled must be annihilated        | threat   | 4        |
muslims must be annihilated             | threat   | 4        |
jews must be annihilated                | threat   | 4        |
immigrants must be annihilated          | threat   | 4        |
refugees must be annihilated            | threat   | 4        |
migrants must be annihilated            | threat   | 4        |
arabs must be annihilated               | threat   | 4        |
mexicans must be annihilated            | threat   | 4        |
asians must be annihilated              | threat   | 4        |
gypsies must be annihilated             | threat   | 4        |
foreigners must be annihilated          | threat   | 4        |
women should be eradicated              | threat   | 4        |
trans people should be eradicated       | threat   | 4        |
transgender people should be eradicated | threat   | 4        |
gay people should be eradicated         | threat   | 4        |
gays should be eradicated               | threat   | 4        |
lesbians should be eradicated           | threat   | 4        |
homosexuals should be eradicated        | threat   | 4        |
black people should be eradicated       | threat   | 4        |
blacks should be eradicated             | threat   | 4        |
disabled people should be eradicated    | threat   | 4        |
the disabled should be eradicated       | threat   | 4        |
muslims should be eradicated            | threat   | 4        |
jews should be eradicated               | threat   | 4        |
immigrants should be eradicated         | threat   | 4        |
refugees should be eradicated           | threat   | 4        |
migrants should be eradicated           | threat   | 4        |
arabs should be eradicated              | threat   | 4        |
mexicans should be eradicated           | threat   | 4        |
asians should be eradicated             | threat   | 4        |
gypsies should be eradicated            | threat   | 4        |
foreigners should be eradicated         | threat   | 4        |

# --- group, singular ---
murder that woman                       | threat   | 4        |
murder that trans person                | threat   | 4        |
murder that gay                         | threat   | 4        |
murder that black                       | threat   | 4        |
murder that muslim                      | threat   | 4        |
murder that jew                         | threat   | 4        |
murder that immigrant                   | threat   | 4        |
murder that refugee                     | threat   | 4        |
murder that migrant                     | threat   | 4        |
murder that arab                        | threat   | 4        |
murder that mexican                     | threat   | 4        |
murder that gypsy                       | threat   | 4        |
murder that foreigner                   | threat   | 4        |
kill that woman                         | threat   | 4        |
kill that trans person                  | threat   | 4        |
kill that gay                           | threat   | 4        |
kill that black                         | threat   | 4        |
kill that muslim                        | threat   | 4        |
kill that jew                           | threat   | 4        |
kill that immigrant                     | threat   | 4        |
kill that refugee                       | threat   | 4        |
kill that migrant                       | threat   | 4        |
kill that arab                          | threat   | 4        |
kill that mexican                       | threat   | 4        |
kill that gypsy                         | threat   | 4        |
kill that foreigner                     | threat   | 4        |
shoot the next woman                    | threat   | 4        |
shoot the next trans person             | threat   | 4        |
shoot the next gay                      | threat   | 4        |
shoot the next black                    | threat   | 4        |
shoot the next muslim                   | threat   | 4        |
shoot the next jew                      | threat   | 4        |
shoot the next immigrant                | threat   | 4        |
shoot the next refugee                  | threat   | 4        |
shoot the next migrant                  | threat   | 4        |
shoot the next arab                     | threat   | 4        |
shoot the next mexican                  | threat   | 4        |
shoot the next gypsy                    | threat   | 4        |
shoot the next foreigner                | threat   | 4        |
stab that woman                         | threat   | 4        |
stab that trans person                  | threat   | 4        |
stab that gay                           | threat   | 4        |
stab that black                         | threat   | 4        |
stab that muslim                        | threat   | 4        |
stab that jew                           | threat   | 4        |
stab that immigrant                     | threat   | 4        |
stab that refugee                       | threat   | 4        |
stab that migrant                       | threat   | 4        |
stab that arab                          | threat   | 4        |
stab that mexican                       | threat   | 4        |
stab that gypsy                         | threat   | 4        |
stab that foreigner                     | threat   | 4        |
every woman should be shot              | threat   | 4        |
every trans person should be shot       | threat   | 4        |
every gay should be shot                | threat   | 4        |
every black should be shot              | threat   | 4        |
every muslim should be shot             | threat   | 4        |
every jew should be shot                | threat   | 4        |
every immigrant should be shot          | threat   | 4        |
every refugee should be shot            | threat   | 4        |
every migrant should be shot            | threat   | 4        |
every arab should be shot               | threat   | 4        |
every mexican should be shot            | threat   | 4        |
every gypsy should be shot              | threat   | 4        |
every foreigner should be shot          | threat   | 4        |
every woman should be killed            | threat   | 4        |
every trans person should be killed     | threat   | 4        |
every gay should be killed              | threat   | 4        |
every black should be killed            | threat   | 4        |
every muslim should be killed           | threat   | 4        |
every jew should be killed              | threat   | 4        |
every immigrant should be killed        | threat   | 4        |
every refugee should be killed          | threat   | 4        |
every migrant should be killed          | threat   | 4        |
every arab should be killed             | threat   | 4        |
every mexican should be killed          | threat   | 4        |
every gypsy should be killed            | threat   | 4        |
every foreigner should be killed        | threat   | 4        |
every woman should die                  | threat   | 4        |
every trans person should die           | threat   | 4        |
every gay should die                    | threat   | 4        |
every black should die                  | threat   | 4        |
every muslim should die                 | threat   | 4        |
every jew should die                    | threat   | 4        |
every immigrant should die              | threat   | 4        |
every refugee should die                | threat   | 4        |
every migrant should die                | threat   | 4        |
every arab should die                   | threat   | 4        |
every mexican should die                | threat   | 4        |
every gypsy should die                  | threat   | 4        |
every foreigner should die              | threat   | 4        |
