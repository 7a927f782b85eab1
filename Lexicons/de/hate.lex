@format decorum-lexicon 1
@language de
# German hate speech: slurs against protected groups and fixed hateful slogans.
# `bound`: the word is innocent in English, French or Spanish.
# term                  | category  | severity | flags

# --- ethnicity, origin, skin colour ---
Neger                   | hate      | 4        | prefix, suffix   # Negerin, Negerkuss, Buschneger
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
Schwuchtel              | hate      | 4        | infl=n, suffix      
Tunte                   | hate      | 3        | infl=n, suffix      
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
Mongo                   | hate      | 3        | infl=s, bound, suffix # also MongoDB in tech talk
Krüppel                 | hate      | 3        | infl=s-n
Behindi                 | hate      | 3        | infl=s

# --- dehumanising terms, slogans and Nazi phrases ---
Untermensch             | hate      | 4        | infl=m-en, common
Volksschädling          | hate      | 4        | infl=e-en
Ausländer raus          | hate      | 4        |
Juden raus              | hate      | 4        |
Kanaken raus            | hate      | 4        |
Türken raus             | hate      | 4        |
Sieg Heil               | hate      | 4        | common             # en lists it as common
Heil Hitler             | hate      | 4        | common
ab ins Gas              | hate      | 4        |
gehört vergast          | hate      | 4        |
gehören vergast         | hate      | 4        |
Deutschland den Deutschen | hate    | 3        |
geh zurück in dein Land | hate      | 3        |

# =====================================================================
# Round 2
# =====================================================================

# --- ethnicity, origin, skin colour ---
Negerin                 | hate      | 4        | infl=nen
Negerkuss               | hate      | 3        | infl=e
Negerlein               | hate      | 4        |
Negerkind               | hate      | 4        | infl=s-er
Negerstamm              | hate      | 4        |
Negerstämme             | hate      | 4        | infl=n
Negerkirche             | hate      | 3        |
Negersängerin           | hate      | 3        |
Buschneger              | hate      | 4        | infl=s-n
Sandneger               | hate      | 4        | infl=s-n
Mohrenkopf              | hate      | 2        | infl=kopf
Bananenfresser          | hate      | 4        | infl=er
Affenmensch             | hate      | 4        | infl=en
Kanakin                 | hate      | 4        | infl=nen
Kanakenschlampe         | hate      | 4        | infl=n
Kanakensau              | hate      | 4        | infl=sau
Knoblauchfresser        | hate      | 3        | infl=er
Kümmeltürkin            | hate      | 4        | infl=nen
Ölauge                  | hate      | 3        | infl=n
Kameltreiberin          | hate      | 4        | infl=nen
Fidschi                 | hate      | 4        | infl=s, addressed   # GDR-era slur; also Fiji
Reisfresser             | hate      | 4        | infl=er
Schlitzi                | hate      | 4        | infl=s
Ching Chong             | hate      | 4        |
Polake                  | hate      | 4        | infl=e-in
Pollacke                | hate      | 4        | infl=e-in
Russki                  | hate      | 2        | infl=s
Katzelmacher            | hate      | 3        | infl=er          # Bavarian, Austrian: Italians
Tschingg                | hate      | 3        | infl=e            # Swiss: Italians
Tschingge               | hate      | 3        | infl=n
Tschuschin              | hate      | 4        | infl=nen
Zigeunerin              | hate      | 3        | infl=nen
Zigo                    | hate      | 3        | infl=s
Zigeunerbande           | hate      | 4        | infl=n
Asylant                 | hate      | 2        | infl=m-en
Asylbetrüger            | hate      | 3        | infl=er
Asylschmarotzer         | hate      | 3        | infl=er
Flüchtlingspack         | hate      | 4        |
Ausländerpack           | hate      | 4        |
Ausländergesindel       | hate      | 4        |
Messermigrant           | hate      | 4        | infl=m-en
Kopftuchfrau            | hate      | 2        | infl=en, addressed
Burkaschlampe           | hate      | 4        | infl=n
Asylanten raus          | hate      | 4        |
Flüchtlinge raus        | hate      | 4        |
Polen raus              | hate      | 4        |
Russen raus             | hate      | 4        |
Zigeuner raus           | hate      | 4        |
Kanaken verpisst euch   | hate      | 4        |
geh zurück nach Afrika  | hate      | 4        |
geh zurück in deine Heimat | hate   | 3        |
geht zurück in eure Länder | hate   | 3        |
zurück in den Busch     | hate      | 4        |
zurück auf die Bäume    | hate      | 4        |
Umvolkung               | hate      | 3        |
Rassenschande           | hate      | 4        |

# --- religion ---
Saujude                 | hate      | 4        | infl=e-in
Judenbengel             | hate      | 4        | infl=s-n
Jud                     | hate      | 3        |
Judenfrei               | hate      | 4        | infl=adj
Zionistenschwein        | hate      | 4        | infl=schwein
Judenfresse             | hate      | 4        | infl=n
Muselmann               | hate      | 3        | infl=mann
Moslemschwein           | hate      | 4        | infl=schwein
Moslemsau               | hate      | 4        | infl=sau
Muslimschwein           | hate      | 4        | infl=schwein
Christenschwein         | hate      | 3        | infl=schwein
Islamistenpack          | hate      | 3        |

# --- sexual orientation and gender identity ---
Dreckschwuchtel         | hate      | 4        | infl=n
Scheißschwuchtel        | hate      | 4        | infl=n
Schwuppe                | hate      | 3        | infl=n
Schwuli                 | hate      | 3        | infl=s
Schwulette              | hate      | 3        | infl=n
schwule Sau             | hate      | 4        | infl=sau
schwules Schwein        | hate      | 4        |
du Schwuler             | hate      | 3        |
Homo                    | hate      | 3        | infl=s, addressed, bound   # Homo sapiens
Hinterlader             | hate      | 3        | infl=er, addressed   # breech-loader
Arschpirat              | hate      | 4        | infl=m-en
Warmer Bruder           | hate      | 3        |
warme Brüder            | hate      | 3        |
Tuntig                  | hate      | 2        | infl=adj
Lesbensau               | hate      | 4        | infl=sau
Transenschlampe         | hate      | 4        | infl=n
Zwitter                 | hate      | 2        | infl=s-n, addressed  # biology: hermaphrodite
Mannweiber              | hate      | 3        | infl=n

# --- women ---
Weiber an den Herd      | hate      | 3        |
Frauen an den Herd      | hate      | 3        |
zurück an den Herd      | hate      | 3        |
geh zurück in die Küche | hate      | 3        |
Frauen gehören hinter den Herd | hate | 3      |
Gebärmaschine           | hate      | 3        | infl=n
Emanzenpack             | hate      | 3        |
Feminazi                | hate      | 2        | infl=s

# --- disability ---
Vollspast               | hate      | 3        | infl=m-en
Vollspasti              | hate      | 3        | infl=s
Spasto                  | hate      | 3        | infl=s
Mongoloid               | hate      | 3        | infl=adj, addressed   # dated medical term
Mongi                   | hate      | 3        | infl=s
Hundskrüppel            | hate      | 3        | infl=s-n
Behindo                 | hate      | 3        | infl=s
Behindikind             | hate      | 3        | infl=s-er
Klapsmühle              | hate      | 1        | infl=n
Liliputaner             | hate      | 2        | infl=er, addressed

# --- Nazi slogans and dehumanising phrases (banned symbols, §86a StGB) ---
Meine Ehre heißt Treue  | hate      | 4        |
Blut und Ehre           | hate      | 4        |
Alles für Deutschland   | hate      | 3        |
Rotfront verrecke       | hate      | 4        |
Juda verrecke           | hate      | 4        |
Deutschland erwache     | hate      | 4        |
Hitler hatte recht      | hate      | 4        |
ins Gas mit             | hate      | 4        |
gehört ins Gas          | hate      | 4        |
gehören ins Gas         | hate      | 4        |
ab ins KZ               | hate      | 4        |
gehört ins KZ           | hate      | 4        |
gehören ins KZ          | hate      | 4        |

# =====================================================================
# Round 3
# =====================================================================

# --- ethnicity, origin, skin colour ---
Nigger                  | hate      | 4        | prefix             # Niggerin, Niggergesindel (en: whole word)
Niggah                  | hate      | 4        | infl=s
Nigga                   | hate      | 4        | infl=s, id=de.hate.nigga
Kaffer                  | hate      | 3        | infl=s-n           # from the South African slur
Krauts                  | hate      | 2        | common             # against Germans (not "Kraut", cabbage)
Boche                   | hate      | 2        | infl=s             # against Germans
Halbblut                | hate      | 3        | addressed          # also a horse breed
Mischling               | hate      | 3        | infl=e, addressed  # also a mixed-breed dog
Froschfresser           | hate      | 3        | infl=er            # against the French
Makkaronifresser        | hate      | 3        | infl=er
Spaghettifresserin      | hate      | 3        | infl=nen
Kümmelfresser           | hate      | 3        | infl=er
Dönerfresser            | hate      | 3        | infl=er
Bimbokind               | hate      | 4        | infl=s-er
Negerpack               | hate      | 4        |
Migrantenpack           | hate      | 4        |
Türkenpack              | hate      | 4        |
Polackenpack            | hate      | 4        |
Muselpack               | hate      | 4        |
Moslempack              | hate      | 4        |
Asylantengesindel       | hate      | 4        |
Asylantenschmarotzer    | hate      | 3        | infl=er
Asylforderer            | hate      | 2        | infl=er
Sozialtourist           | hate      | 2        | infl=m-en
Gelbe Gefahr            | hate      | 3        |
Schlitzaugen            | hate      | 4        |
Itzig                   | hate      | 4        | infl=e
Judenlümmel             | hate      | 4        | infl=s-n
Judenpresse             | hate      | 4        |
Judenrepublik           | hate      | 4        |
judenunterwandert       | hate      | 3        | infl=adj
verjudet                | hate      | 4        | infl=adj
Zionistenpack           | hate      | 4        |

# --- sexual orientation, gender identity ---
Analritter              | hate      | 4        | infl=s-n
Analakrobat             | hate      | 4        | infl=m-en
Schwanzlutscherin       | hate      | 4        | infl=nen
verschwult              | hate      | 2        | infl=adj
Schwulenpack            | hate      | 4        |
Schwulensau             | hate      | 4        | infl=sau
Schwulenschwein         | hate      | 4        | infl=schwein
Homolobby               | hate      | 2        |
Schwulenlobby           | hate      | 2        |
Homosau                 | hate      | 4        | infl=sau
Lesbenschlampe          | hate      | 4        | infl=n
Transenpack             | hate      | 4        |
Mannsweib               | hate      | 3        | infl=s-er
Tucke                   | hate      | 3        | infl=n, addressed, accents   # not "Tücke" (malice)

# --- disability ---
Downie                  | hate      | 3        | infl=s
Spastiker               | hate      | 2        | infl=er, addressed  # dated medical term
Schizo                  | hate      | 2        | infl=s, addressed
Autist                  | hate      | 2        | infl=m-en, addressed
Mongoloide              | hate      | 3        | infl=n, addressed
Mongolide               | hate      | 3        | infl=n, addressed
Krüppelin               | hate      | 3        | infl=nen
Behindertenschwein      | hate      | 4        | infl=schwein
Sonderschüler           | hate      | 2        | infl=er, addressed
Hilfsschüler            | hate      | 2        | infl=er, addressed
Klemmschwester          | hate      | 2        | infl=n
Rapefugee               | hate      | 4        | infl=s
Asyltourist             | hate      | 2        | infl=m-en
Messermann              | hate      | 3        | infl=mann
Nafri                   | hate      | 2        | infl=s
Kanakenstadt            | hate      | 3        |
Schwuchtl               | hate      | 4        | infl=n               # Bavarian spelling
