@format decorum-allowlist 1
@language de
# Innocent German words that contain a listed term or compound part
# (Scunthorpe problem), and place or person names that collide.

# --- body and animal words ---
Schwanzflosse           # fish anatomy
Schwanzflossen
Gesichtsausdruck        # facial expression (brief example; never an insult)
Zuchtsau                # breeding sow (farming)
Zuchtsäue
Zuchtsäuen
versaue                 # "versauen" (to mess up): colloquial, not an insult
versauen
vertrotteln             # to become doddering
Drecksarbeit            # "dirty work", common in neutral writing
Tischlampe              # table lamp (contains "schlampe")
Tischlampen
Nachttischlampe
Nachttischlampen
Schreibtischlampe
Schreibtischlampen
verschlampen            # to misplace
verschlampt

# --- places ---
Passau
Dessau
Nassau
Fickmühlen              # village in Lower Saxony
Bissau                  # Guinea-Bissau
Esau                    # biblical name
Wausau                  # Wisconsin

# --- science and games ---
Ficksche                # Fick's law of diffusion (Adolf Fick)
Fickschen
Fickschem
Ficksches
Fickmühle               # nine men's morris position

# --- typography ---
Hurenkind               # widow line
Hurenkinder
Hurenkindern
Hurenkindes
Hurenkinds

# --- sanitary, food and names in other languages (prefix "piss") ---
Pissoir
Pissoirs
pissenlit               # fr: dandelion
pissenlits
pissaladière            # fr: onion tart
pissaladières
pissette                # fr: wash bottle (laboratory)
Pissarro                # painter
Pissaro

# --- words of other languages (prefix "fick", suffix "ficker") ---
fickle                  # en
fickleness
fickler
ficklest
trafficker              # en
traffickers
Trafficking

# --- neutral and legal terms ---
Pornografie
Pornografien
Pornographie
Pornographien
pornografisch
pornografische
pornografischem
pornografischen
pornografischer
pornografisches
pornographisch
pornographische
pornographischen
pornographischer
pornographischem
pornographisches
Kinderpornografie
Kinderpornographie
pornography             # en, neutral term used in guidelines
pornographic
pornographer
pornographers
pornografía             # es
pornográfica
pornográfico
pornographique          # fr
pornographiques

# --- tech ---
MongoDB

# --- round 2 ---
Negernbötel             # village in Schleswig-Holstein (prefix "Neger")
Lüders                  # surname (Luder)
Lueders

# --- round 3: suffix "schlampe", "hure" ---
verschlampe             # to misplace
Esstischlampe
Esstischlampen
Arbeitstischlampe
Arbeitstischlampen
Couchtischlampe
Couchtischlampen
Beistelltischlampe
Beistelltischlampen
Brutschmarotzer         # brood parasite (biology)
