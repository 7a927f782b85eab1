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
