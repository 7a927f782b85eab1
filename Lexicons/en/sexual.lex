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
cumshot                 | sexual    | 3        | common, infl=s    
spunk                   | sexual    | 2        |                   # review: also "courage" in British English
boner                   | sexual    | 2        | infl=s
camel toe               | sexual    | 3        |

# --- sexual acts ---
blowjob                 | sexual    | 3        | common, infl=s    
blow job                | sexual    | 3        | infl=s
handjob                 | sexual    | 3        | common, infl=s    
hand job                | sexual    | 3        | infl=s
rimjob                  | sexual    | 3        | common, infl=s    
titfuck                 | sexual    | 3        | infl=v
deepthroat              | sexual    | 3        | common, infl=v    
anal sex                | sexual    | 3        |
buttfuck                | sexual    | 3        | infl=v
gangbang                | sexual    | 3        | common, infl=s    
creampie                | sexual    | 3        | common            # review: also a dessert spelling
bukkake                 | sexual    | 3        | common            
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
dildo                   | sexual    | 2        | common, infl=s    
buttplug                | sexual    | 3        | common, infl=s    
butt plug               | sexual    | 3        | infl=s
porn                    | sexual    | 2        |
porno                   | sexual    | 2        | infl=s               
pornhub                 | sexual    | 2        | common            
hentai                  | sexual    | 2        | common            
horny                   | sexual    | 2        |
milf                    | sexual    | 3        | common, infl=s    
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
cumslut                 | sexual    | 4        | common, infl=s    
cum slut                | sexual    | 4        | infl=s
queef                   | sexual    | 3        | infl=v
blue balls              | sexual    | 2        |
bust a nut              | sexual    | 3        |
horndog                 | sexual    | 2        | infl=s
nice ass                | sexual    | 2        |

# --- sexual acts ---
footjob                 | sexual    | 3        | common, infl=s    
titjob                  | sexual    | 3        | common, infl=s    
rim job                 | sexual    | 3        | infl=s
rimming                 | sexual    | 3        |
assfuck                 | sexual    | 3        | infl=v
butt sex                | sexual    | 3        |
doggy style             | sexual    | 3        |
doggystyle              | sexual    | 3        |
fisting                 | sexual    | 3        | common            
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
strapon                 | sexual    | 3        | common, infl=s    
fleshlight              | sexual    | 2        | common, infl=s    
cybersex                | sexual    | 2        |
sext                    | sexual    | 2        | infl=v
jerkoff material        | sexual    | 3        |
wank material           | sexual    | 3        |
spank bank              | sexual    | 3        |

# --- porn vocabulary ---
pornstar                | sexual    | 2        | common, infl=s    
xvideos                 | sexual    | 2        | common            
xhamster                | sexual    | 2        | common            
youporn                 | sexual    | 2        | common            
redtube                 | sexual    | 2        | common            
camgirl                 | sexual    | 2        | common, infl=s    
camboy                  | sexual    | 2        | infl=s
camslut                 | sexual    | 3        | common, infl=s    
camwhore                | sexual    | 3        | common, infl=s    
sexcam                  | sexual    | 3        | common, infl=s    
sex cam                 | sexual    | 3        | infl=s
live sex                | sexual    | 3        |
sex chat                | sexual    | 2        | infl=s
sexchat                 | sexual    | 2        |
naked pics              | sexual    | 3        |
naked pictures          | sexual    | 3        |
nude pic                | sexual    | 3        | infl=s
tits out                | sexual    | 3        |
dilf                    | sexual    | 3        | common, infl=s    
gilf                    | sexual    | 3        | common, infl=s    
whorehouse              | sexual    | 2        | infl=s
upskirt                 | sexual    | 3        | common, infl=s    
downblouse              | sexual    | 3        |
jailbait                | sexual    | 4        | common            
lolicon                 | sexual    | 4        | common            
shotacon                | sexual    | 4        | common            
incest porn             | sexual    | 4        |
bestiality              | sexual    | 3        | common            
zoophilia               | sexual    | 3        | common            
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

# ============================================================================
# Round 3: pornography vocabulary, fetish and shock-site terms, vulgar verbs.
# Clinical or everyday words (anus, nipple, panties, orgasm, bareback riding,
# guitar fingering, pipe nipples, soap "Orgasm" blush) are `addressed`: they count
# only when aimed at someone ("you are such an anus", "Nipples!"), never in
# "bareback riding lessons" or "a brass pipe nipple".
# ============================================================================

# --- body words: clinical or everyday senses first ---
anus                    | sexual    | 2        | addressed, infl=es
anal                    | sexual    | 2        | addressed          # "anal sex" is listed above; "anal about details", medical tickets
rectum                  | sexual    | 2        | addressed, infl=s
penis                   | sexual    | 2        | addressed, infl=es
vagina                  | sexual    | 2        | addressed, infl=s
vulva                   | sexual    | 2        | addressed, infl=s
clitoris                | sexual    | 2        | addressed, infl=es
genitals                | sexual    | 2        | addressed
nipple                  | sexual    | 2        | addressed, infl=s  # plumbing nipple, baby-bottle nipple
semen                   | sexual    | 2        | addressed
ejaculation             | sexual    | 2        | addressed, infl=s
orgasm                  | sexual    | 2        | addressed, infl=s  # also a cosmetics shade name
panties                 | sexual    | 2        | addressed
panty                   | sexual    | 2        | addressed
sexy                    | sexual    | 2        | addressed          # "you're sexy" to an agent; "sexy dress" passes
butt                    | sexual    | 1        | bound, addressed, infl=s # butt joint, butt splice; "you butt"
# --- vulgar body words ---
butthole                | sexual    | 3        | infl=s
butt hole               | sexual    | 3        | infl=s
buttcheeks              | sexual    | 2        |
butt cheeks             | sexual    | 2        |
bumhole                 | sexual    | 3        | infl=s
bum hole                | sexual    | 3        | infl=s
asscrack                | sexual    | 2        | infl=s
ass crack               | sexual    | 2        | infl=s
bunghole                | sexual    | 3        | addressed, infl=s  # also the hole of a cask
poop chute              | sexual    | 3        | infl=s
poopchute               | sexual    | 3        | infl=s
snatch                  | sexual    | 3        | addressed, infl=es # also "snatch" (grab), weightlifting
muff                    | sexual    | 3        | addressed, infl=s  # ear muffs, hand muff
quim                    | sexual    | 3        | infl=s
clunge                  | sexual    | 3        | infl=s            # British
vag                     | sexual    | 2        | bound, infl=s     
cunny                   | sexual    | 3        |
beaver lips             | sexual    | 3        |
shaved beaver           | sexual    | 3        | infl=s
beaver cleaver          | sexual    | 3        | infl=s
mound of venus          | sexual    | 2        |
venus mound             | sexual    | 2        |
g spot                  | sexual    | 2        | infl=s
gspot                   | sexual    | 2        | infl=s
pubes                   | sexual    | 2        |
juggs                   | sexual    | 2        |
jugs                    | sexual    | 2        | addressed          # milk jugs
dirty pillows           | sexual    | 2        |
chode                   | sexual    | 3        | infl=s
choad                   | sexual    | 3        | infl=s
stiffie                 | sexual    | 2        | infl=s
raging boner            | sexual    | 3        | infl=s
morning wood            | sexual    | 2        |
precum                  | sexual    | 3        |
pre cum                 | sexual    | 3        |
baby batter             | sexual    | 3        |
baby juice              | sexual    | 3        |
ball gravy              | sexual    | 3        |
wet dream               | sexual    | 2        | infl=s
busty                   | sexual    | 2        |
bbw                     | sexual    | 2        | infl=s
pawg                    | sexual    | 3        | infl=s
# --- sexual acts and vulgar verbs ---
anilingus               | sexual    | 3        | common            
analingus               | sexual    | 3        |
bareback                | sexual    | 3        | addressed          # "bareback riding" passes; "barebacking" is listed above
double penetration      | sexual    | 3        | infl=s
double dong             | sexual    | 3        | infl=s
deep throat             | sexual    | 3        | addressed, infl=v  # also the Watergate informant
throating               | sexual    | 3        |
face fuck               | sexual    | 3        | infl=v
facefuck                | sexual    | 3        | infl=v
skullfuck               | sexual    | 3        | infl=v
throatfuck              | sexual    | 3        | infl=v
fistfuck                | sexual    | 3        | infl=v
fingerbang              | sexual    | 3        | infl=v
fingering               | sexual    | 3        | addressed          # guitar and piano fingering
fingerfuck              | sexual    | 3        | infl=v
felch                   | sexual    | 3        | infl=es
feltch                  | sexual    | 3        | infl=es
frotting                | sexual    | 3        |
frottage                | sexual    | 3        | bound             
humping                 | sexual    | 2        | addressed          # "humping boxes upstairs" (carrying)
knobbing                | sexual    | 3        |                   # British
pegging                 | sexual    | 3        | addressed          # "pegging the CPU", tent pegging
scissoring              | sexual    | 3        | addressed
snowballing             | sexual    | 3        | addressed          # "costs are snowballing"
tribadism               | sexual    | 3        |
muffdiving              | sexual    | 3        |
muff diving             | sexual    | 3        |
face sitting            | sexual    | 3        |
facesitting             | sexual    | 3        |
tea bagging             | sexual    | 2        |
teabag                  | sexual    | 2        | addressed, infl=v  # also a tea bag
reverse cowgirl         | sexual    | 3        | infl=s
missionary position     | sexual    | 2        |
blow your load          | sexual    | 3        |
blow my load            | sexual    | 3        |
blew my load            | sexual    | 3        |
tug job                 | sexual    | 3        | infl=s
tugjob                  | sexual    | 3        | infl=s
boobjob                 | sexual    | 3        | infl=s
beat off                | sexual    | 3        | infl=v
beating off             | sexual    | 3        |
jacked off              | sexual    | 3        |
jacks off               | sexual    | 3        |
jerkin off              | sexual    | 3        |
whack off               | sexual    | 3        | infl=v
rub one out             | sexual    | 3        |
beat my meat            | sexual    | 3        |
choke the chicken       | sexual    | 3        |
spank the monkey        | sexual    | 3        |
fapped                  | sexual    | 2        |
faps                    | sexual    | 2        |
masturbation            | sexual    | 2        |
masturbator             | sexual    | 2        | infl=s
suck dick               | sexual    | 3        | infl=v            # "sucks dick", "sucked dick", "sucking dick"
suck cock               | sexual    | 3        | infl=v
dick sucking            | sexual    | 3        |
dicksucker              | sexual    | 3        | infl=s
sodomize                | sexual    | 3        | infl=e-verb
sodomise                | sexual    | 3        | infl=e-verb
sodomy                  | sexual    | 2        |
grope                   | sexual    | 3        | addressed, infl=e-verb # "grope for the switch"
group sex               | sexual    | 2        |
phone sex               | sexual    | 2        |
menage a trois          | sexual    | 2        |
foursome                | sexual    | 2        | infl=s
booty call              | sexual    | 2        | infl=s
knock boots             | sexual    | 2        |
hump                    | sexual    | 2        | addressed # "you hump"; speed humps pass
make me cum             | sexual    | 3        |
made me cum             | sexual    | 3        |
# --- fetish, BDSM and paraphilia vocabulary ---
bdsm                    | sexual    | 2        | common            
bondage                 | sexual    | 2        | addressed          # legal and historical "bondage"
dominatrix              | sexual    | 2        | infl=es
domme                   | sexual    | 2        | infl=s
femdom                  | sexual    | 3        | common            
ball gag                | sexual    | 3        | infl=s
ballgag                 | sexual    | 3        | infl=s
ball licking            | sexual    | 3        |
ball sucking            | sexual    | 3        |
kinbaku                 | sexual    | 2        |
shibari                 | sexual    | 2        |
kinkster                | sexual    | 2        | infl=s
kinky                   | sexual    | 2        | addressed          # "kinky hair", "kinky cable" pass
foot fetish             | sexual    | 2        | infl=es
urethra play            | sexual    | 3        |
ponyplay                | sexual    | 3        |
pony play               | sexual    | 3        |
omorashi                | sexual    | 3        |
scat                    | sexual    | 3        | bound, addressed  # scat singing, animal droppings
coprophilia             | sexual    | 3        |
coprolagnia             | sexual    | 3        |
urophilia               | sexual    | 3        |
golden showers          | sexual    | 3        |
brown shower            | sexual    | 3        | infl=s
yellow shower           | sexual    | 3        | infl=s
acrotomophilia          | sexual    | 3        |
vorarephilia            | sexual    | 3        |
dendrophilia            | sexual    | 2        |
necrophilia             | sexual    | 3        |
necrophiliac            | sexual    | 3        | infl=s
dolcett                 | sexual    | 4        |
figging                 | sexual    | 3        |
voyeur                  | sexual    | 2        | addressed, infl=s
futanari                | sexual    | 3        | common            
futa                    | sexual    | 3        |
yaoi                    | sexual    | 2        |
ecchi                   | sexual    | 2        |
guro                    | sexual    | 3        | bound             
yiff                    | sexual    | 2        |
yiffy                   | sexual    | 2        |
nympho                  | sexual    | 3        | infl=s
nymphomaniac            | sexual    | 2        | addressed, infl=s
# --- named sex acts of the slang lists ---
alabama hot pocket      | sexual    | 3        |
alaskan pipeline        | sexual    | 3        |
cleveland steamer       | sexual    | 3        |
dirty sanchez           | sexual    | 3        |
donkey punch            | sexual    | 3        |
rusty trombone          | sexual    | 3        |
hot carl                | sexual    | 3        |
blumpkin                | sexual    | 3        |
chocolate rosebuds      | sexual    | 3        |
wrinkled starfish       | sexual    | 3        |
blue waffle             | sexual    | 3        |
rosy palm               | sexual    | 2        |
autoerotic              | sexual    | 2        |
auto erotic             | sexual    | 2        |
# --- porn sites, genres and shock videos ---
porns                   | sexual    | 2        |
porny                   | sexual    | 2        |
barely legal            | sexual    | 3        |
jail bait               | sexual    | 4        |
bangbros                | sexual    | 3        | common            
bangbus                 | sexual    | 3        |
brazzers                | sexual    | 3        | common            
livesex                 | sexual    | 3        |
worldsex                | sexual    | 2        |
voyeurweb               | sexual    | 2        |
thumbzilla              | sexual    | 2        |
xnxx                    | sexual    | 2        | common            
spankbang               | sexual    | 2        |
2g1c                    | sexual    | 3        | common            
2 girls 1 cup           | sexual    | 3        |
two girls one cup       | sexual    | 3        |
one cup two girls       | sexual    | 3        |
one guy one jar         | sexual    | 3        |
goatse                  | sexual    | 3        | common            
goatcx                  | sexual    | 3        |
tubgirl                 | sexual    | 3        |
tub girl                | sexual    | 3        |
lemon party             | sexual    | 3        |
lemonparty              | sexual    | 3        |
meatspin                | sexual    | 3        |
gokkun                  | sexual    | 4        | common            
goregasm                | sexual    | 3        |
smut                    | sexual    | 2        | addressed          # corn smut, wheat smut
nudes                   | sexual    | 2        |
pthc                    | sexual    | 4        | common            
pedobear                | sexual    | 4        |
nambla                  | sexual    | 4        |
shota                   | sexual    | 4        |
# --- sex work ---
streetwalker            | sexual    | 2        | infl=s
call girl               | sexual    | 2        | infl=s
rent boy                | sexual    | 2        | infl=s
prostitute              | sexual    | 2        | addressed, infl=s  # "you prostitute"; news and legal text pass
stripper                | sexual    | 2        | addressed, infl=s  # wire stripper, paint stripper
pimp                    | sexual    | 2        | addressed, infl=s  # "pimp my ride"
# --- propositions and sexual harassment of staff ---
sex with you            | sexual    | 3        |
sleep with me           | sexual    | 3        |
wanna shag              | sexual    | 3        |
want to shag you        | sexual    | 4        |
wanna bang              | sexual    | 3        |
let's bang              | sexual    | 3        |
spread your legs        | sexual    | 4        |
spread legs             | sexual    | 3        |
open your legs          | sexual    | 4        |
show me your panties    | sexual    | 4        |
sit on my lap           | sexual    | 3        |
lick my dick            | sexual    | 4        |
lick my cock            | sexual    | 4        |
suck my nuts            | sexual    | 4        |
choke on my dick        | sexual    | 4        |
choke on my cock        | sexual    | 4        |
# --- more of the same fields ---
beastiality             | sexual    | 3        |                   # common misspelling of bestiality
doggie style            | sexual    | 3        |
doggiestyle             | sexual    | 3        |
doggy position          | sexual    | 3        |
cornhole                | sexual    | 3        | addressed, infl=s  # also the bean-bag game
bung hole               | sexual    | 3        | addressed, infl=s
queaf                   | sexual    | 3        | infl=s
skeet                   | sexual    | 3        | addressed, infl=v  # also skeet shooting
eunuch                  | insult    | 2        | addressed, infl=s
nymphomania             | sexual    | 2        |
squirting orgasm        | sexual    | 3        | infl=s
female squirting        | sexual    | 3        |
male squirting          | sexual    | 3        |
mr hands                | sexual    | 3        |
nipple clamps           | sexual    | 3        |
clover clamps           | sexual    | 3        |
tushy                   | sexual    | 1        | addressed
nude                    | sexual    | 2        | addressed          # nude lipstick, nude heels; "you nude" counts
topless                 | sexual    | 2        | addressed
cock ring               | sexual    | 3        | infl=s
anal beads              | sexual    | 3        |
love juice              | sexual    | 3        |
pussy juice             | sexual    | 3        |
# --- everyday or neutral words of the porn-filter lists: only when aimed at someone ---
erotic                  | sexual    | 2        | addressed
erotica                 | sexual    | 2        | addressed
escort                  | sexual    | 2        | addressed, infl=s  # police escort, the car model
incest                  | sexual    | 3        | addressed
intercourse             | sexual    | 2        | addressed
hardcore                | sexual    | 2        | addressed          # game mode, music genre
hard core               | sexual    | 2        | addressed
playboy                 | sexual    | 2        | addressed, infl=s
nudity                  | sexual    | 2        | addressed
domination              | sexual    | 2        | addressed
sadism                  | sexual    | 2        | addressed
sadist                  | sexual    | 2        | addressed, infl=s
masochist               | sexual    | 2        | addressed, infl=s
lovemaking              | sexual    | 2        | addressed
homoerotic              | sexual    | 2        | addressed
strip club              | sexual    | 2        | addressed, infl=s
swinger                 | sexual    | 2        | addressed, infl=s  # golf swingers
undressing              | sexual    | 2        | addressed
vibrator                | sexual    | 2        | addressed, infl=s  # phone vibrator motor
viagra                  | sexual    | 2        | addressed
cialis                  | sexual    | 2        | addressed
xxx                     | sexual    | 2        | addressed          # placeholder "order XXX" passes
nsfw                    | sexual    | 2        | addressed
lolita                  | sexual    | 3        | addressed, infl=s  # the novel, Lolita fashion
octopussy               | sexual    | 2        | addressed
strap on                | sexual    | 3        | addressed          # "the strap on my bag" passes
girls gone wild         | sexual    | 2        | addressed
suicide girls           | sexual    | 2        | addressed
pleasure chest          | sexual    | 2        | addressed
bullet vibe             | sexual    | 2        | addressed, infl=s
hot chick               | sexual    | 2        | addressed, infl=s
shrimping               | sexual    | 2        | addressed
style doggy             | sexual    | 3        |
dog style               | sexual    | 3        | addressed
fecal                   | sexual    | 2        | addressed
jizzed                  | sexual    | 3        |
jizzing                 | sexual    | 3        |
pussylicking            | sexual    | 3        |
poonani                 | sexual    | 3        |
poonany                 | sexual    | 3        |
vjayjay                 | sexual    | 2        |
dickjuice               | sexual    | 3        |
