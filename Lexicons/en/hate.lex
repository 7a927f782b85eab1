@format decorum-lexicon 1
@language en
# English hate: slurs and fixed phrases against protected groups (ethnicity, national
# origin, religion, sexual orientation, gender identity, disability).
# Listed so that they can be detected; severity 4 unless noted.
# term                  | category | severity | flags

# --- anti-Black slurs ---
nigger                  | hate     | 4        | common, infl=s
nigga                   | hate     | 4        | common, infl=s
niggaz                  | hate     | 4        |
negro                   | hate     | 3        | bound, infl=es     # Spanish/Portuguese "negro" = black (colour)
coon                    | hate     | 4        | infl=s             # review: also short for raccoon
jigaboo                 | hate     | 4        | infl=s
porch monkey            | hate     | 4        | infl=s
jungle bunny            | hate     | 4        | infl=y
darkie                  | hate     | 4        | infl=s
darky                   | hate     | 4        |
sambo                   | hate     | 4        | infl=s             # review: also a Russian martial art
golliwog                | hate     | 4        | infl=s
pickaninny              | hate     | 4        |
sand nigger             | hate     | 4        | infl=s

# --- anti-Asian slurs ---
chink                   | hate     | 4        | infl=s             # review: "a chink in the armour" is innocent
gook                    | hate     | 4        | infl=s
zipperhead              | hate     | 4        | infl=s
slant eye               | hate     | 4        | infl=s
slanteye                | hate     | 4        | infl=s
ching chong             | hate     | 4        |
chinaman                | hate     | 3        |
chinamen                | hate     | 3        |
jap                     | hate     | 3        | infl=s
paki                    | hate     | 4        | infl=s

# --- anti-Latino, anti-Arab, other ethnic and national slurs ---
spic                    | hate     | 4        | infl=s
wetback                 | hate     | 4        | infl=s
beaner                  | hate     | 4        | infl=s
raghead                 | hate     | 4        | infl=s
towelhead               | hate     | 4        | infl=s
camel jockey            | hate     | 4        | infl=s
dago                    | hate     | 4        | infl=s
wop                     | hate     | 4        | infl=s
polack                  | hate     | 3        | infl=s
kraut                   | hate     | 3        | bound, infl=s      # German "Kraut" = herb, cabbage
gyppo                   | hate     | 4        | infl=s
pikey                   | hate     | 4        | infl=s
redskin                 | hate     | 4        | infl=s
injun                   | hate     | 4        | infl=s
squaw                   | hate     | 4        | infl=s
abo                     | hate     | 4        | bound, infl=s      # German "Abo" = subscription
kaffir                  | hate     | 4        | infl=s
honky                   | hate     | 3        | infl=y
whitey                  | hate     | 3        |
wigger                  | hate     | 4        | infl=s
half breed              | hate     | 4        | infl=s             # "half-breed": the tokenizer splits the hyphen
halfbreed               | hate     | 4        | infl=s

# --- religion ---
kike                    | hate     | 4        | infl=s
yid                     | hate     | 4        | infl=s
hymie                   | hate     | 4        | infl=s
heeb                    | hate     | 4        | infl=s
christ killer           | hate     | 4        | infl=s
muzzie                  | hate     | 4        | infl=s
muzzrat                 | hate     | 4        | infl=s
goatfucker              | hate     | 4        | infl=s
gas the jews            | hate     | 4        |
heil hitler             | hate     | 4        | common
sieg heil               | hate     | 4        | common
white power             | hate     | 3        |

# --- sexual orientation and gender identity ---
faggot                  | hate     | 4        | common, infl=s     # review: also a British meatball dish
fag                     | hate     | 4        | infl=s             # review: British slang for cigarette
faggy                   | hate     | 4        |
dyke                    | hate     | 4        | infl=s             # review: also "dike", embankment
lezzie                  | hate     | 3        | infl=s
lesbo                   | hate     | 3        | infl=s
homo                    | hate     | 3        | bound, infl=s      # "homo sapiens", German/Spanish neutral uses
poofter                 | hate     | 4        | infl=s
batty boy               | hate     | 4        | infl=s
shirtlifter             | hate     | 4        | infl=s
fudge packer            | hate     | 4        | infl=s
pillow biter            | hate     | 4        | infl=s
tranny                  | hate     | 4        | infl=y             # review: also slang for a car transmission
shemale                 | hate     | 4        | infl=s
ladyboy                 | hate     | 3        | infl=s
troon                   | hate     | 4        | infl=s

# --- disability ---
retard                  | hate     | 3        | bound, infl=s      # French "retard" = delay
retarded                | hate     | 3        |                    # review: also "flame-retarded", ignition timing
libtard                 | hate     | 3        | infl=s
fucktard                | hate     | 3        | infl=s
spaz                    | hate     | 3        |
spazz                   | hate     | 3        |
spastic                 | hate     | 3        | infl=s             # review: also a medical term (spastic paralysis)
mongoloid               | hate     | 4        | infl=s
window licker           | hate     | 4        | infl=s

# --- phrases telling people to leave or attacking a group ---
go back to your country | hate     | 3        |
go back where you came from | hate | 3      |
go back to where you came from | hate | 3   |
go back to africa       | hate     | 4        |
go back to mexico       | hate     | 3        |
go back to china        | hate     | 3        |
speak english or leave  | hate     | 3        |
