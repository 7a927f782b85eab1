@format decorum-allowlist 1
@language en
# Innocent English words and names that contain a listed term (Scunthorpe problem).
# Never list here a word that is itself an entry of any language (allowlists apply to
# every text and would switch the entry off): no "Dick", "cock", "con", "Abo", "retard".

# --- ass, arse ---
assessment
assessments
assess
assessor
assassin
assassination
assign
assignment
assignments
assist
assistance
assistant
associate
association
assume
assumption
assurance
asset
assets
password
passwords
passcode
passport
passenger
bass
bassist
brass
class
classic
classroom
glass
grass
mass
massage
compass
embarrass
embarrassed
harass
harassment
hassle
cassette
molasses
ambassador
Massachusetts
Arkansas
Kansas
Manassas
Tallahassee
arsenal
arsenic
parse
parser
sparse
coarse
hoarse
rehearse

# --- cock, dick, prick ---
cocktail
cocktails
cockpit
cockatoo
cockney
cockerel
cockle
peacock
shuttlecock
stopcock
ballcock
poppycock
Hitchcock
Hancock
Babcock
Cockburn
Cockermouth
Cockfosters
Dickens
Dickensian
Dickinson
Dickson
Dickerson
prickle
prickly

# --- cunt, twat, tit, clit, pussy ---
Scunthorpe
Cunter
Twatt
titanic
titanium
title
Titicaca
Clitheroe
pussycat
pussyfoot
pussywillow

# --- cum ---
cumulative
cumbersome
cucumber
document
documentation
accumulate
circumstance
incumbent
succumb
Cumbria
Cumberland
Cummings

# --- shit, piss, crap, fuck, wank ---
shiitake
shitake
Shittim
Matsushita
Yamashita
Kinoshita
Morishita
Shitterton
Pissarro
Pissaro
pissoir
scrap
scrape
skyscraper
crappie
Wankel

# --- rape, anal, homo ---
grape
grapes
grapefruit
drape
drapes
scraped
trapeze
therapist
therapists
rapeseed
analysis
analyst
analytics
canal
banal
homogeneous
homonym
homophone

# --- slurs inside innocent words ---
Niger
Nigeria
Nigerian
niggle
niggling
snigger
raccoon
racoon
cocoon
tycoon
spice
spicy
Japan
Japanese
Pakistan
Pakistani
Egypt
Egyptian
gypsum
Yiddish
Mongolia
Mongolian
Sauerkraut
retardant
Penistone
Pissaro's
Pissarro's
Wankel's

# --- words of other languages caught by a common prefix entry ---
cuntir          # Spanish dictionary word, caught by the common prefix "cunt"

# --- round 2: turd ---
turducken
turducken's
turduckens
Turdus          # thrush genus
