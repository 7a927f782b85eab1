@format decorum-lexicon 1
@language es
# Spanish hate speech: slurs against protected groups (ethnicity and origin,
# religion, sexual orientation and gender identity, gender, disability).
# Ordinary words that only become slurs in context (negro, moro, indio, gitano,
# judío, chino, cholo) are NOT listed alone: only fixed hateful phrases are.
# term                       | category  | severity | flags

# --- ethnicity and national origin ---
sudaca                       | hate      | 4        | infl=s                 # Latin Americans, Spain
negrata                      | hate      | 4        | infl=s
moraco                       | hate      | 4        | infl=o-a               # North Africans, Spain
veneco                       | hate      | 3        | infl=o-a               # Venezuelans, Colombia and Peru
charnego                     | hate      | 3        | infl=o-a               # Catalonia
maketo                       | hate      | 3        | infl=o-a               # Basque Country
gachupín                     | hate      | 2        | infl=es                # Spaniards, Mexico
gabacho                      | hate      | 2        | infl=o-a               # French (Spain), US Americans (Mexico)
negro de mierda              | hate      | 4        |
negra de mierda              | hate      | 4        |
negros de mierda             | hate      | 4        |
moro de mierda               | hate      | 4        |
moros de mierda              | hate      | 4        |
indio de mierda              | hate      | 4        |
india de mierda              | hate      | 4        |
chino de mierda              | hate      | 4        |
gitano de mierda             | hate      | 4        |
gitanos de mierda            | hate      | 4        |
cholo de mierda              | hate      | 4        |
panchito de mierda           | hate      | 4        |                        # "panchitos" alone are fried peanuts
mono de mierda               | hate      | 4        |                        # racist use of "monkey"
inmigrante de mierda         | hate      | 4        |
inmigrantes de mierda        | hate      | 4        |

# --- religion ---
judío de mierda              | hate      | 4        |
judíos de mierda             | hate      | 4        |
perro judío                  | hate      | 4        |
judiada                      | hate      | 3        | infl=s
musulmán de mierda           | hate      | 4        |
musulmanes de mierda         | hate      | 4        |
perro infiel                 | hate      | 3        |

# --- sexual orientation and gender identity ---
maricón                      | hate      | 4        | infl=on-ona
mariconazo                   | hate      | 4        | infl=s
mariconada                   | hate      | 3        | infl=s
marica                       | hate      | 4        | infl=s                 # Colombia: also "dude" among friends
marico                       | hate      | 3        | infl=s                 # Venezuela
mariposón                    | hate      | 3        | infl=es
maraco                       | hate      | 4        | infl=s                 # Chile
joto                         | hate      | 4        | infl=s                 # Mexico; not infl=o-a: "jota" is the letter J and a dance
trolo                        | hate      | 4        | infl=s                 # Argentina ("trola" not listed: Spain "a fib")
bujarrón                     | hate      | 4        | infl=es
bollera                      | hate      | 4        | infl=s
tortillera                   | hate      | 3        | infl=s                 # Mexico: also a tortilla maker (review)
machorra                     | hate      | 4        | infl=s
marimacho                    | hate      | 3        | infl=s
travelo                      | hate      | 4        | infl=s

# --- gender ---
feminazi                     | hate      | 3        | infl=s
las mujeres no sirven para nada | hate   | 3        |

# --- disability ---
mongólico                    | hate      | 4        | infl=o-a
mogólico                     | hate      | 4        | infl=o-a               # Argentina spelling
retrasado mental             | hate      | 4        |
retrasada mental             | hate      | 4        |
retrasados mentales          | hate      | 4        |
tullido de mierda            | hate      | 4        |
minusválido de mierda        | hate      | 4        |
