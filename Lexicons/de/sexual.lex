@format decorum-lexicon 1
@language de
# German sexual vocabulary used vulgarly: body terms, acts, explicit requests.
# Obscene verbs carry their conjugated forms through infl= (inflections.txt).
# term                  | category  | severity | flags

# --- ficken and its family ---
# infl=verb gives fick, ficke, fickst, fickt, fickte, ..., fickend, gefickt;
# prefix then catches Fickfehler, Fickerei, gefickte, fickrig.
ficken                  | sexual    | 3        | infl=verb, prefix, bound   # en "fickle"
durchficken             | sexual    | 3        | infl=verb-noge
durchgefickt            | sexual    | 3        | infl=adj
rumficken               | sexual    | 3        | infl=verb-noge
Arschfick               | sexual    | 3        | infl=e-en
Tittenfick              | sexual    | 3        | infl=e-en

# --- other verbs for sex and masturbation ---
bumsen                  | sexual    | 2        | infl=verb, bound           # en "bums"
vögeln                  | sexual    | 2        | infl=verb-eln
pimpern                 | sexual    | 2        | infl=verb-ern
gepimpert               | sexual    | 2        |
wichsen                 | sexual    | 3        | infl=verb
wixen                   | sexual    | 3        | infl=verb
einen blasen            | sexual    | 3        |
blas mir einen          | sexual    | 4        |
einen runterholen       | sexual    | 3        |
hol dir einen runter    | sexual    | 3        |
Schwanz lutschen        | sexual    | 4        |
lutsch meinen Schwanz   | sexual    | 4        |
leck meine Muschi       | sexual    | 4        |

# --- body terms used vulgarly ---
Schwanz                 | sexual    | 2        | addressed        # also "tail": whole word, aimed only (no prefix: Schwanzflosse)
Pimmel                  | sexual    | 2        | infl=s, suffix      
Beidl                   | sexual    | 3        |                  # Austrian
Möse                    | sexual    | 3        | infl=n, bound    # es "mosén"
Muschi                  | sexual    | 2        | infl=s, addressed  # also pet name for a cat; sexual phrases below
Titten                  | sexual    | 3        | prefix           # Tittenbar, Tittenfoto
Titte                   | sexual    | 3        |
Arschfotze              | sexual    | 4        | infl=n
Porno                   | sexual    | 2        | prefix           # Pornofilm, Pornoseite (Pornografie allowlisted)
Nacktbilder             | sexual    | 3        | infl=n
Nacktfotos              | sexual    | 3        |
Dickpic                 | sexual    | 3        | infl=s
notgeil                 | sexual    | 3        | infl=adj
spermageil              | sexual    | 4        | infl=adj

# --- explicit requests ---
zeig mir deine Titten   | sexual    | 4        |
zeig mir deine Brüste   | sexual    | 4        |
schick mir Nacktbilder  | sexual    | 4        |
schick mir Nacktfotos   | sexual    | 4        |
Sex mit dir             | sexual    | 3        |
Bock auf Sex            | sexual    | 3        |
willst du mit mir schlafen | sexual | 3        |
zieh dich aus           | sexual    | 3        |

# =====================================================================
# Round 2
# =====================================================================

# --- verbs for sex, with their forms ---
durchbumsen             | sexual    | 3        | infl=verb-noge
rumbumsen               | sexual    | 3        | infl=verb-noge
durchvögeln             | sexual    | 3        | infl=verb-eln
rumvögeln               | sexual    | 3        | infl=verb-eln
rammeln                 | sexual    | 2        | infl=verb-eln
flachlegen              | sexual    | 2        |
flachgelegt             | sexual    | 2        |
mit dir poppen          | sexual    | 3        |
mit mir poppen          | sexual    | 3        |
mit dir schlafen        | sexual    | 3        |
es dir besorgen         | sexual    | 3        |
es dir so richtig besorgen | sexual | 4        |
dich besteigen          | sexual    | 3        |
dich durchnehmen        | sexual    | 3        |
dich von hinten nehmen  | sexual    | 4        |
abwichsen               | sexual    | 3        | infl=verb-noge
Wichsvorlage            | sexual    | 3        | infl=n
in dir abspritzen       | sexual    | 4        |
auf dich abspritzen     | sexual    | 4        |
in deinen Mund spritzen | sexual    | 4        |
bläst du mir einen      | sexual    | 4        |
bläst mir einen         | sexual    | 4        |
einen geblasen          | sexual    | 3        |
einen lutschen          | sexual    | 3        |
lutsch meinen           | sexual    | 4        |
leck meinen Schwanz     | sexual    | 4        |
leck meine Eier         | sexual    | 3        |
leck meine Fotze        | sexual    | 4        |
Muschi lecken           | sexual    | 3        |
Schwanz blasen          | sexual    | 4        |
Ficki Ficki             | sexual    | 2        |
Fick                    | sexual    | 3        | infl=s-er, bound   # "ein Fick"; en "fick-"
Quickie                 | sexual    | 2        | infl=s, bound   # en "quickie" (a quick one)
Blowjob                 | sexual    | 3        | infl=s
Handjob                 | sexual    | 3        | infl=s
Footjob                 | sexual    | 3        | infl=s
Rimjob                  | sexual    | 3        | infl=s
Analfick                | sexual    | 3        | infl=e-en
Analsex                 | sexual    | 3        |
Oralsex                 | sexual    | 2        |
Gruppensex              | sexual    | 3        |
Rudelbumsen             | sexual    | 3        |
Gangbang                | sexual    | 3        | infl=s
Faustfick               | sexual    | 4        | infl=e-en
Fisting                 | sexual    | 4        |
Deepthroat              | sexual    | 4        |
Bukkake                 | sexual    | 4        |
Creampie                | sexual    | 4        | infl=s
Cumshot                 | sexual    | 4        | infl=s
Gesichtsbesamung        | sexual    | 4        | infl=en
Spermaschlucken         | sexual    | 4        |
Natursekt               | sexual    | 3        |                  # golden shower
Natursektspiele         | sexual    | 3        |
Kaviarspiele            | sexual    | 3        |
Sexsklavin              | sexual    | 4        | infl=nen
Sexsklave               | sexual    | 4        | infl=n
Sexpuppe                | sexual    | 2        | infl=n
Gummipuppe              | sexual    | 2        | infl=n
Dildo                   | sexual    | 2        | infl=s
Sexspielzeug            | sexual    | 2        | infl=e
Sexcam                  | sexual    | 3        | infl=s
Camgirl                 | sexual    | 2        | infl=s
Camslut                 | sexual    | 3        | infl=s
Sexchat                 | sexual    | 3        | infl=s
Telefonsex              | sexual    | 3        |
Sexfoto                 | sexual    | 3        | infl=s
Sexvideo                | sexual    | 3        | infl=s
Sextape                 | sexual    | 3        | infl=s
Nacktfoto               | sexual    | 3        | infl=s
Nacktbild               | sexual    | 3        | infl=s-er
Nacktselfie             | sexual    | 3        | infl=s
Nudes                   | sexual    | 3        | bound            # en "nudes" (colour shades)
Pornofilm               | sexual    | 2        | infl=e-en
Pornostar               | sexual    | 2        | infl=s
Pornokino               | sexual    | 2        | infl=s
Pornoshow               | sexual    | 2        | infl=s
Pornoschuppen           | sexual    | 2        |
Pornoseite              | sexual    | 2        | infl=n
Pornhub                 | sexual    | 3        |
YouPorn                 | sexual    | 3        |
xHamster                | sexual    | 3        |
Kinderporno             | sexual    | 4        | infl=s
Bumsbude                | sexual    | 2        | infl=n
Bumslokal               | sexual    | 2        | infl=e
Hurenhaus               | sexual    | 2        |
Stricher                | sexual    | 3        | infl=er
Strichjunge             | sexual    | 3        | infl=n
Morgenlatte             | sexual    | 2        | infl=n
geil auf dich           | sexual    | 3        |
ich bin geil auf dich   | sexual    | 3        |
bist du geil            | sexual    | 3        |
macht mich geil         | sexual    | 2        |
machst mich geil        | sexual    | 3        |
machen mich geil        | sexual    | 3        |
feucht für dich         | sexual    | 3        |
hart für dich           | sexual    | 3        |
Lust auf Sex            | sexual    | 3        |
Lust auf einen Fick     | sexual    | 3        |
lass uns Sex haben      | sexual    | 3        |
lass uns ficken         | sexual    | 3        |
Sex mit Ihnen           | sexual    | 3        |

# --- body terms used vulgarly ---
Schniedel               | sexual    | 1        | infl=s
Schniedelwutz           | sexual    | 1        | infl=e
Pillermann              | sexual    | 1        |
Lörres                  | sexual    | 2        |
Nille                   | sexual    | 2        | infl=n, bound
Klöten                  | sexual    | 2        |
Sackhaare               | sexual    | 2        |
Tittchen                | sexual    | 2        |
Arschritze              | sexual    | 2        | infl=n

# --- explicit requests and comments on someone's body ---
deine Muschi            | sexual    | 3        |
nasse Muschi            | sexual    | 3        |
feuchte Muschi          | sexual    | 3        |
enge Muschi             | sexual    | 3        |
deinen Schwanz          | sexual    | 3        |
meinen Schwanz          | sexual    | 3        |
mein Schwanz            | sexual    | 3        |
dein Schwanz            | sexual    | 3        |
steifen Schwanz         | sexual    | 3        |
steifer Schwanz         | sexual    | 3        |
harten Schwanz          | sexual    | 3        |
deine Möpse             | sexual    | 3        |
deine Euter             | sexual    | 3        |
geile Titten            | sexual    | 3        |
geiler Arsch            | sexual    | 3        |
geilen Arsch            | sexual    | 3        |
zeig mir deine Muschi   | sexual    | 4        |
zeig mir deinen Schwanz | sexual    | 4        |
zeig mir deinen Arsch   | sexual    | 4        |
zeig mir deine Möpse    | sexual    | 4        |
zeig mal deine Titten   | sexual    | 4        |
zeig mir was du hast    | sexual    | 3        |
schick mir Nudes        | sexual    | 4        |
schick mir ein Nacktfoto | sexual   | 4        |
schick mir ein Nacktbild | sexual   | 4        |
schick mir dein Höschen | sexual    | 4        |
schicken Sie mir Nacktbilder | sexual | 4      |
wie groß sind deine Brüste | sexual | 3        |
wie groß sind deine Titten | sexual | 4        |
was für Unterwäsche trägst du | sexual | 3     |
trägst du Unterwäsche   | sexual    | 3        |
ich will dich nackt sehen | sexual  | 4        |
ich will dich ficken    | sexual    | 4        |
ich will mit dir schlafen | sexual  | 3        |
willst du mit mir ficken | sexual   | 4        |
komm auf mein Zimmer    | sexual    | 3        |
setz dich auf mein Gesicht | sexual | 4        |
setz dich auf meinen Schoß | sexual | 3        |

# =====================================================================
# Round 3
# =====================================================================

# --- more verbs for sex and masturbation, with their forms ---
poppen                  | sexual    | 2        | infl=verb            # (Popper, Poppers: other words)
onanieren               | sexual    | 2        | infl=verb-noge       # onanierst, onaniert
masturbieren            | sexual    | 2        | infl=verb-noge
schnackseln             | sexual    | 2        | infl=verb-eln        # Bavarian, Austrian
schnackeln              | sexual    | 2        |                      # not "geschnackelt" (it clicked)
rumpoppen               | sexual    | 3        | infl=verb-noge
rumhuren                | sexual    | 3        | infl=verb-noge
herumhuren              | sexual    | 3        | infl=verb-noge
einen wegstecken        | sexual    | 3        |
eine Nummer schieben    | sexual    | 3        |
Nummer schieben         | sexual    | 3        |
einen runter holen      | sexual    | 3        |
hol mir einen runter    | sexual    | 3        |
holst dir einen runter  | sexual    | 3        |
holt sich einen runter  | sexual    | 3        |
hole mir einen runter   | sexual    | 3        |
ich spritz ab           | sexual    | 3        |
ich spritze ab          | sexual    | 3        |
spritz gleich ab        | sexual    | 3        |
geil machst du mich     | sexual    | 3        |
du machst mich geil     | sexual    | 3        |
Sie machen mich geil    | sexual    | 3        |
dich nageln             | sexual    | 3        |
dich knallen            | sexual    | 3        |
dich poppen             | sexual    | 3        |
dich bumsen             | sexual    | 3        |
dich vögeln             | sexual    | 3        |
dich lecken             | sexual    | 3        |
ich will dich lecken    | sexual    | 4        |
ich will dich vögeln    | sexual    | 4        |
ich will dich bumsen    | sexual    | 4        |
ich will dich poppen    | sexual    | 4        |
ich will dich nageln    | sexual    | 4        |
ich fick dich           | sexual    | 4        |
ich ficke dich          | sexual    | 4        |

# --- body terms used vulgarly ---
Möpse                   | sexual    | 2        | addressed            # also plural of Mops (pug)
Kimme                   | sexual    | 1        | addressed            # also the rear sight of a gun
Rosette                 | sexual    | 2        | addressed            # also ornament, ribbon
Penis                   | sexual    | 2        | addressed            # anatomy; counts when aimed at someone
Nippel                  | sexual    | 1        | addressed            # also grease nipple (Schmiernippel)
Orgasmus                | sexual    | 1        | addressed
Lustgrotte              | sexual    | 3        | infl=n
Fickschlitz             | sexual    | 4        | infl=e
Sackhaar                | sexual    | 2        |
Schwengel               | sexual    | 2        | infl=s-n, addressed  # pump handle
Bumsbirne               | sexual    | 2        | infl=n
Ficksahne               | sexual    | 4        |
Wichse                  | sexual    | 2        | addressed            # also shoe polish
MILF                    | sexual    | 3        | infl=s
Milfs                   | sexual    | 3        |

# --- sex work, pornography ---
Callgirl                | sexual    | 2        | infl=s
Callboy                 | sexual    | 2        | infl=s
im Puff                 | sexual    | 2        |
ins Puff                | sexual    | 2        |
in den Puff             | sexual    | 2        |
Puffmutter              | sexual    | 2        | infl=n
Zuhälter                | sexual    | 2        | infl=er, addressed   # pimp
Lude                    | sexual    | 2        | infl=n, addressed    # pimp (slang)
Straßenstrich           | sexual    | 2        |
Autostrich              | sexual    | 2        |
Babystrich              | sexual    | 4        |
Schwulenstrich          | sexual    | 2        |
Sexfilm                 | sexual    | 2        | infl=e-en
Sexclip                 | sexual    | 2        | infl=s
Pornoheft               | sexual    | 2        | infl=e-en
Hardcoreporno           | sexual    | 3        | infl=s
Amateurporno            | sexual    | 2        | infl=s
Schmuddelfilm           | sexual    | 2        | infl=e-en
Wichsfilm               | sexual    | 3        | infl=e-en
Wichsvideo              | sexual    | 3        | infl=s
Tittenbilder            | sexual    | 3        |
Muschibild              | sexual    | 3        | infl=s-er
Schwanzbild             | sexual    | 3        | infl=s-er
Schwanzfoto             | sexual    | 3        | infl=s
Penisbild               | sexual    | 3        | infl=s-er
Penisfoto               | sexual    | 3        | infl=s
Pimmelbild              | sexual    | 3        | infl=s-er
Shemale                 | sexual    | 3        | infl=s
Nymphomanin             | sexual    | 2        | infl=nen, addressed  # clinical term
Nympho                  | sexual    | 3        | infl=s
geile Sau               | sexual    | 3        |
geiles Stück            | sexual    | 3        |
geile Schnitte          | sexual    | 3        |
geiles Luder            | sexual    | 3        |
heiße Muschi            | sexual    | 3        |
deine Fotze             | sexual    | 4        |
deine Möse              | sexual    | 4        |
deine Nippel            | sexual    | 3        |
deine Brustwarzen       | sexual    | 3        |
deinen Penis            | sexual    | 3        |
deine Brüste            | sexual    | 3        |
wie groß ist dein Schwanz | sexual  | 4        |
wie lang ist dein Schwanz | sexual  | 4        |
bist du rasiert         | sexual    | 4        |
bist du feucht          | sexual    | 4        |
bist du nackt           | sexual    | 3        |
zeig mir deine Nippel   | sexual    | 4        |
zeig mir deinen Penis   | sexual    | 4        |
zeig dich nackt         | sexual    | 4        |
schick mir Bilder von dir nackt | sexual | 4   |
auf den Strich gehen    | sexual    | 2        |
geh auf den Strich      | sexual    | 3        |
gehst auf den Strich    | sexual    | 3        |
geht auf den Strich     | sexual    | 2        |
durchnudeln             | sexual    | 3        | infl=verb-eln
durchgenudelt           | sexual    | 3        | infl=adj
rattig                  | sexual    | 2        | infl=adj
scharf auf dich         | sexual    | 3        |
heiß auf dich           | sexual    | 3        |
Sexdate                 | sexual    | 3        | infl=s
Sextreffen              | sexual    | 3        |
Fickdate                | sexual    | 3        | infl=s
vögel dich durch        | sexual    | 3        |
vögle dich durch        | sexual    | 3        |
nehm dich durch         | sexual    | 3        |
du hast schöne Brüste   | sexual    | 3        |
hast du schöne Brüste   | sexual    | 3        |
Sie haben schöne Brüste | sexual    | 3        |
geile Brüste            | sexual    | 3        |
macht mich so geil      | sexual    | 3        |
machst mich so geil     | sexual    | 3        |
dir an die Wäsche       | sexual    | 3        |
Ihnen an die Wäsche     | sexual    | 3        |
# --- participles of separable verbs (rum-, durch-, ab-) ---
rumgevögelt             | sexual    | 3        | infl=adj
rumgefickt              | sexual    | 3        | infl=adj
rumgebumst              | sexual    | 3        | infl=adj
rumgepoppt              | sexual    | 3        | infl=adj
rumgehurt               | sexual    | 3        | infl=adj
herumgehurt             | sexual    | 3        | infl=adj
durchgevögelt           | sexual    | 3        | infl=adj
durchgebumst            | sexual    | 3        | infl=adj
abgewichst              | sexual    | 3        | infl=adj
einen runtergeholt      | sexual    | 3        |
bläst ihm einen         | sexual    | 3        |
blies ihm einen         | sexual    | 3        |
hat ihm einen geblasen  | sexual    | 3        |
