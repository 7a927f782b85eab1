@format decorum-lexicon 1
@language en
# English sexual terms: vulgar body words, sexual acts, explicit requests, sexual violence.
# Clinical words (penis, vagina, sex, erection) are not listed: they occur in ordinary
# health, pharmacy and retail tickets.
# term                  | category  | severity | flags

# --- body terms used vulgarly ---
dick                    | sexual    | 3        | bound, infl=s     # German "dick" = thick; review: also a first name
cock                    | sexual    | 3        | infl=s            # review: also a rooster in farm/poultry shops
schlong                 | sexual    | 3        | infl=s
pussy                   | sexual    | 3        | common, infl=y    # review: also a cat; "coward" sense is an insult
cooch                   | sexual    | 3        |
coochie                 | sexual    | 3        |
clit                    | sexual    | 3        | infl=s
tits                    | sexual    | 3        |
titty                   | sexual    | 3        | infl=y
boobs                   | sexual    | 2        |
boobies                 | sexual    | 2        |
ballsack                | sexual    | 2        | infl=s
nutsack                 | sexual    | 2        | infl=s
jizz                    | sexual    | 3        | infl=es
cum                     | sexual    | 3        | bound             # review: Latin "cum laude", "cum" = with; English texts only
cumshot                 | sexual    | 3        | infl=s
spunk                   | sexual    | 2        |                   # review: also "courage" in British English
boner                   | sexual    | 2        | infl=s
camel toe               | sexual    | 3        |

# --- sexual acts ---
blowjob                 | sexual    | 3        | infl=s
blow job                | sexual    | 3        | infl=s
handjob                 | sexual    | 3        | infl=s
hand job                | sexual    | 3        | infl=s
rimjob                  | sexual    | 3        | infl=s
titfuck                 | sexual    | 3        | infl=v
deepthroat              | sexual    | 3        | infl=v
anal sex                | sexual    | 3        |
buttfuck                | sexual    | 3        | infl=v
gangbang                | sexual    | 3        | infl=s
creampie                | sexual    | 3        |     # review: also a dessert spelling
bukkake                 | sexual    | 3        |
cunnilingus             | sexual    | 2        |
fellatio                | sexual    | 2        |
orgy                    | sexual    | 2        |
orgies                  | sexual    | 2        |
threesome               | sexual    | 2        | infl=s
wank                    | sexual    | 3        | bound, prefix, infl=v # wanking, wanked; wanker is in insult.lex; German "wanken" (to sway), "wankend"
jerk off                | sexual    | 3        |
jerks off               | sexual    | 3        |
jerked off              | sexual    | 3        |
jerking off             | sexual    | 3        |
jack off                | sexual    | 3        |
jacking off             | sexual    | 3        |
fap                     | sexual    | 2        |
fapping                 | sexual    | 2        |
masturbate              | sexual    | 2        | infl=e-verb
dildo                   | sexual    | 2        | infl=s
buttplug                | sexual    | 3        | infl=s
butt plug               | sexual    | 3        | infl=s
porn                    | sexual    | 2        |
porno                   | sexual    | 2        | infl=s
pornhub                 | sexual    | 2        |
hentai                  | sexual    | 2        |
horny                   | sexual    | 2        |
milf                    | sexual    | 3        | infl=s
hooker                  | sexual    | 2        | infl=s            # review: also a surname and a rugby position

# --- explicit requests and propositions ---
suck my dick            | sexual    | 4        |
suck my cock            | sexual    | 4        |
suck my balls           | sexual    | 3        |
suck me off             | sexual    | 4        |
sit on my face          | sexual    | 4        |
send nudes              | sexual    | 3        |
send me nudes           | sexual    | 3        |
send me a nude          | sexual    | 3        |
show me your tits       | sexual    | 4        |
show me your boobs      | sexual    | 4        |
show me your pussy      | sexual    | 4        |
show me your dick       | sexual    | 4        |
dick pic                | sexual    | 3        | infl=s
nude pics               | sexual    | 3        |
wanna fuck              | sexual    | 4        |
want to fuck you        | sexual    | 4        |
want to fuck me         | sexual    | 4        |
let's fuck              | sexual    | 4        |
fuck me hard            | sexual    | 4        |
have sex with me        | sexual    | 3        |
get naked               | sexual    | 3        |
take your clothes off   | sexual    | 3        |

# --- sexual violence and abuse (severity 4) ---
rape                    | sexual    | 4        | bound, infl=e-verb   # French "râpe" (grater), Spanish "rapé" (snuff)
rapist                  | sexual    | 4        | infl=s
molest                  | sexual    | 4        | infl=v
molester                | sexual    | 4        | bound, infl=s      # French "molester" = to manhandle
child porn              | sexual    | 4        |
kiddie porn             | sexual    | 4        |

# ============================================================================
# Round 2: wider coverage.
# ============================================================================

# --- vulgar body terms ---
minge                   | sexual    | 3        | infl=s            # British
cooter                  | sexual    | 3        | infl=s
poontang                | sexual    | 3        |
poon                    | sexual    | 3        |
punani                  | sexual    | 3        |
punany                  | sexual    | 3        |
vajayjay                | sexual    | 2        |
cameltoe                | sexual    | 3        | infl=s
gash                    | sexual    | 3        | addressed         # review: also a wound; vulgar for vulva
boob                    | sexual    | 2        | addressed         # "boobs" is listed above; "boob" is also a blunder
knockers                | sexual    | 2        | addressed         # also door knockers
pecker                  | sexual    | 2        | addressed, infl=s
todger                  | sexual    | 2        | infl=s            # British
dickpic                 | sexual    | 3        | infl=s
ball sack               | sexual    | 2        | infl=s
nut sack                | sexual    | 2        | infl=s
hardon                  | sexual    | 2        | infl=s
stiffy                  | sexual    | 2        |
jism                    | sexual    | 3        |
jizm                    | sexual    | 3        |
spooge                  | sexual    | 3        |
splooge                 | sexual    | 3        |
cumming                 | sexual    | 3        | addressed         # review: also a surname and a town (Cumming, Georgia)
cumslut                 | sexual    | 4        | infl=s
cum slut                | sexual    | 4        | infl=s
queef                   | sexual    | 3        | infl=v
blue balls              | sexual    | 2        |
bust a nut              | sexual    | 3        |
horndog                 | sexual    | 2        | infl=s
nice ass                | sexual    | 2        |

# --- sexual acts ---
footjob                 | sexual    | 3        | infl=s
titjob                  | sexual    | 3        | infl=s
rim job                 | sexual    | 3        | infl=s
rimming                 | sexual    | 3        |
assfuck                 | sexual    | 3        | infl=v
butt sex                | sexual    | 3        |
doggy style             | sexual    | 3        |
doggystyle              | sexual    | 3        |
fisting                 | sexual    | 3        |
felching                | sexual    | 3        |
teabagging              | sexual    | 2        |
dry hump                | sexual    | 3        | infl=v
circlejerk              | sexual    | 2        | infl=s
circle jerk             | sexual    | 2        | infl=s
golden shower           | sexual    | 3        | infl=s
shagging                | sexual    | 2        |                   # British; "shag" alone is also a carpet and a bird
gang bang               | sexual    | 3        | infl=s
gangbanged              | sexual    | 3        |
bareback sex            | sexual    | 3        |
barebacking             | sexual    | 3        |
strapon                 | sexual    | 3        | infl=s
fleshlight              | sexual    | 2        | infl=s
cybersex                | sexual    | 2        |
sext                    | sexual    | 2        | infl=v
jerkoff material        | sexual    | 3        |
wank material           | sexual    | 3        |
spank bank              | sexual    | 3        |

# --- porn vocabulary ---
pornstar                | sexual    | 2        | infl=s
xvideos                 | sexual    | 2        |
xhamster                | sexual    | 2        |
youporn                 | sexual    | 2        |
redtube                 | sexual    | 2        |
camgirl                 | sexual    | 2        | infl=s
camboy                  | sexual    | 2        | infl=s
camslut                 | sexual    | 3        | infl=s
camwhore                | sexual    | 3        | infl=s
sexcam                  | sexual    | 3        | infl=s
sex cam                 | sexual    | 3        | infl=s
live sex                | sexual    | 3        |
sex chat                | sexual    | 2        | infl=s
sexchat                 | sexual    | 2        |
naked pics              | sexual    | 3        |
naked pictures          | sexual    | 3        |
nude pic                | sexual    | 3        | infl=s
tits out                | sexual    | 3        |
dilf                    | sexual    | 3        | infl=s
gilf                    | sexual    | 3        | infl=s
whorehouse              | sexual    | 2        | infl=s
upskirt                 | sexual    | 3        | infl=s
downblouse              | sexual    | 3        |
jailbait                | sexual    | 4        |
lolicon                 | sexual    | 4        |
shotacon                | sexual    | 4        |
incest porn             | sexual    | 4        |
bestiality              | sexual    | 3        |
zoophilia               | sexual    | 3        |
sex slave               | sexual    | 4        | infl=s

# --- explicit requests and propositions ---
suck my tits            | sexual    | 4        |
suck my pussy           | sexual    | 4        |
lick my pussy           | sexual    | 4        |
eat my pussy            | sexual    | 4        |
eat my ass              | sexual    | 4        |
lick my balls           | sexual    | 4        |
lick my ass             | sexual    | 4        |
sit on my dick          | sexual    | 4        |
sit on my cock          | sexual    | 4        |
ride my dick            | sexual    | 4        |
ride my cock            | sexual    | 4        |
suck you off            | sexual    | 4        |
i'd fuck you            | sexual    | 4        |
i would fuck you        | sexual    | 4        |
i'd bang you            | sexual    | 4        |
i would bang you        | sexual    | 4        |
i'd tap that            | sexual    | 3        |
i would tap that        | sexual    | 3        |
come sit on my lap      | sexual    | 3        |
what are you wearing    | sexual    | 2        |
what color are your panties | sexual | 3      |
are you wearing panties | sexual    | 3        |
show me your ass        | sexual    | 4        |
show me your body       | sexual    | 3        |
show me your breasts    | sexual    | 4        |
show me your cock       | sexual    | 4        |
show me your nipples    | sexual    | 4        |
send me your nudes      | sexual    | 3        |
send me naked pics      | sexual    | 3        |
take off your clothes   | sexual    | 3        |
touch yourself          | sexual    | 3        |
i'm touching myself     | sexual    | 3        |
i'm jerking off         | sexual    | 4        |
i'm so hard right now   | sexual    | 3        |
you make me hard        | sexual    | 3        |
you make me wet         | sexual    | 3        |
you make me horny       | sexual    | 3        |
sexy voice              | sexual    | 2        |     # "you have a sexy voice" to agents on the phone
bend you over           | sexual    | 4        |
bend over for me        | sexual    | 4        |
on your knees for me    | sexual    | 4        |
suck on this            | sexual    | 3        |
cum on your face        | sexual    | 4        |
cum in your mouth       | sexual    | 4        |

# --- sexual violence ---
gang rape               | sexual    | 4        | infl=e-verb
gangrape                | sexual    | 4        | infl=e-verb
date rape               | sexual    | 4        |
rapey                   | sexual    | 3        |
kiddy porn              | sexual    | 4        |
cp links                | sexual    | 4        |
