@format decorum-allowlist 1
@language fr
# Words that must never be flagged. One word a line.
# The allowlist of every language applies to every text; a word here also
# switches off a whole-word entry of the same spelling (accents folded), so
# nothing offensive in any language may be listed.

# --- hyphenated words whose parts are listed terms -----------------------
# (if the tokenizer splits on hyphens, these keep their parts from matching)
pique-nique                # "nique"
pique-niques
pique-niquer
pique-niqueur
branle-bas                 # "branle"
cul-de-sac                 # "cul"
culs-de-sac
cul-sec
tape-cul
gratte-cul
cul-blanc                  # a bird
baise-main                 # "baise"
baisemain

# --- containing "con" / "conne" ------------------------------------------
contact
contacter
conseil
conseiller
conseillère
console
confiance
confirmer
conférence
consommation
contrat
concombre
connexion
connexions
connecter
connecté
connectique
déconnexion
déconnecter
déconnecté
reconnexion
connaître
connaissance
reconnaître
Connemara
Condom                     # town (Gers)
Conches                    # town (Eure)
Cons-la-Grandville         # village (Meurthe-et-Moselle)

# --- containing "cul" ----------------------------------------------------
calcul
calculer
calculatrice
culture
culturel
culinaire
culminer
culot
culotte
recul
reculer
basculer
bascule
particulier
véhicule
ridicule
majuscule
minuscule
matricule
circuler
circulation
articuler
spéculer
Culoz                      # town (Ain)

# --- containing "bite" / "pine" / "zob" ----------------------------------
habite
habiter
habitent
orbite
subite
subitement
bitume
Bitche                     # town (Moselle)
épine
copine
copines
lapine
pineau
pinède
alpinisme
Alpine

# --- containing "pute" / "salope" / "chatte" -----------------------------
réputation
député
députée
dispute
disputer
imputer
amputer
supputer
computer
salopette
salopettes
chatterton

# --- containing "chier" / "pisse" / "merde" / "bordel" -------------------
fichier
fichiers
Chiers                     # river
pissenlit
Pissy                      # village (Somme)
Merdrignac                 # town (Côtes-d'Armor)
bordelais
bordelaise
bordelaises

# --- containing "nique" --------------------------------------------------
technique
techniques
technicien
unique
panique
clinique
chronique
mécanique
électronique
communiquer
communiqué
tunique
cynique
ironique
organique
botanique
hispanique
Dominique
Véronique

# --- containing "baise", "gode", "pédé", "gouine", "boche" ---------------
baisers                    # kisses: "bons baisers de Lyon"
godet                      # bucket
godets
pédestre
vélocipède
baragouiner                # "gouine"
baragouine
caboche                    # "boche"
Montcuq                    # town (Lot)
Couillard                  # surname

# --- French words containing other languages' compound parts -----------
cocktail                   # en "cock"
cocker
cockpit
analyse                    # en "anal"
analyser
analyste
titre                      # en "tit"
titulaire
titane
cumul                      # en "cum"
cumuler
homologation               # en "homo"
homologué
homogène
fagot                      # en "fag"
mistral                    # de "Mist"
mistigri
putatif                    # es "puta"
imputation
pitoyable                  # es "pito"
assurance                  # en "ass"
assistance
Scunthorpe

# --- round 2 ------------------------------------------------------------
gerbera                    # flower; also a form of "gerber"
gerberas
calisson                   # sweet from Aix; folded "calissons" is also a form of "câlisser"
calissons

# --- mots composés innocents qui contiennent une entrée (decorum lexicon check) ---
attrape-nigaud
attrape-nigauds
cul-de-jatte
libre-échangisme
libre-échangiste
libre-échangistes
negro-spiritual
negro-spirituals
pique-niqueurs
pique-niqueuse
pique-niqueuses
pique-niquaient
pique-niquais
pique-niquait
pique-niquant
pique-niqué
pique-niquée
pique-niquées
pique-niqués
pique-niquent
pique-niquera
pique-niquerai
pique-niquerais
pique-niquerait
pique-niqueras
pique-niquerez
pique-niquerons
pique-niqueront
pique-niquez
pique-niquons
cabrons           # du verbe cabrer ; es "cabrón"
