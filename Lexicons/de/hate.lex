@format decorum-lexicon 1
@language de
# German hate speech: slurs against protected groups and fixed hateful slogans.
# `bound`: the word is innocent in English, French or Spanish.
# term                  | category  | severity | flags

# --- ethnicity, origin, skin colour ---
Neger                   | hate      | 4        | prefix           # Negerin, Negerkuss
Kanake                  | hate      | 4        | infl=e-in, suffix   # Scheißkanake
Kanacke                 | hate      | 4        | infl=e-in, suffix
Kanak                   | hate      | 4        | bound            # Kanak people of New Caledonia (fr)
Bimbo                   | hate      | 4        | infl=s, bound    # es: Bimbo bread brand
Zigeuner                | hate      | 3        | infl=er
Zigeunerpack            | hate      | 4        |
Polacke                 | hate      | 4        | infl=e-in
Itaker                  | hate      | 3        | infl=er
Spaghettifresser        | hate      | 3        | infl=er
Kümmeltürke             | hate      | 4        | infl=e-in
Kameltreiber            | hate      | 4        | infl=er
Ziegenficker            | hate      | 4        | infl=er
Schlitzauge             | hate      | 4        | infl=n
Tschusch                | hate      | 4        | infl=m-en        # Austrian, against people from the Balkans
Jugo                    | hate      | 3        | infl=s, bound    # es "jugo" (juice)
Piefke                  | hate      | 2        | infl=s           # Austrian, against Germans
Saupreiß                | hate      | 2        | infl=m-en        # Bavarian, against Prussians
Sauschwob               | hate      | 3        | infl=e-en        # Swiss, against Germans
Scheißausländer         | hate      | 4        | infl=er
Asylantenpack           | hate      | 4        |
Kanakenpack             | hate      | 4        |

# --- religion ---
Judensau                | hate      | 4        | infl=sau
Judenschwein            | hate      | 4        | infl=e-en
Drecksjude              | hate      | 4        | infl=e-in
Scheißjude              | hate      | 4        | infl=e-in
Judenpack               | hate      | 4        |
Kopftuchmädchen         | hate      | 3        |
Musel                   | hate      | 4        | infl=s
Muselmane               | hate      | 3        | infl=e-in
Kopftuchschlampe        | hate      | 4        | infl=n

# --- sexual orientation and gender identity ---
Schwuchtel              | hate      | 4        | infl=n
Tunte                   | hate      | 3        | infl=n
Kampflesbe              | hate      | 4        | infl=n
Transe                  | hate      | 3        | infl=n, bound    # fr "transe" (trance)
Arschficker             | hate      | 4        | infl=er

# --- women ---
Emanze                  | hate      | 2        | infl=n
Mannweib                | hate      | 3        |
Frauen gehören in die Küche | hate  | 3        |
Frauen gehören an den Herd  | hate  | 3        |
Weiber gehören an den Herd  | hate  | 3        |

# --- disability ---
Spast                   | hate      | 3        | infl=m-en, suffix   # Vollspast (no prefix: Spastik)
Spasti                  | hate      | 3        | infl=s
Mongo                   | hate      | 3        | infl=s, bound    # also MongoDB in tech talk
Krüppel                 | hate      | 3        | infl=s-n
Behindi                 | hate      | 3        | infl=s

# --- dehumanising terms, slogans and Nazi phrases ---
Untermensch             | hate      | 4        | infl=m-en
Volksschädling          | hate      | 4        | infl=e-en
Ausländer raus          | hate      | 4        |
Juden raus              | hate      | 4        |
Kanaken raus            | hate      | 4        |
Türken raus             | hate      | 4        |
Sieg Heil               | hate      | 4        |                  # en lists it as common
Heil Hitler             | hate      | 4        |
ab ins Gas              | hate      | 4        |
gehört vergast          | hate      | 4        |
gehören vergast         | hate      | 4        |
Deutschland den Deutschen | hate    | 3        |
geh zurück in dein Land | hate      | 3        |
