@format decorum-allowlist 1
@language es
# Innocent Spanish words that contain a listed term or compound part
# (Scunthorpe problem), and place or person names that collide.
# Each word below contains the listed term named in its section heading.

# --- contain "polla" ---
ampolla          # blister; glass vial; L'Ampolla, a town in Tarragona
ampollas
cachipolla       # mayfly
cachipollas

# --- contain "puta" / "puto" ---
computadora      # Latin American "computer"
computadoras
computador
computadores
computación
computar
cómputo
cómputos
disputa
disputas
disputar
reputación
diputado
diputada
diputados
diputación
imputar
imputado
imputación
amputar
amputación
putativo         # legal term: padre putativo
putativa

# --- contain "culo" ---
artículo
artículos
vehículo
vehículos
cálculo          # also "calculo" (I calculate): same folded spelling
cálculos
círculo
círculos
vínculo
vínculos
currículo
espectáculo
obstáculo
obstáculos
ridículo
músculo
minúsculo
testículo

# --- contain "coger" (listed as regional LatAm vulgarity) ---
recoger          # "recoger el pedido": pick up the order
escoger
acoger
encoger
sobrecoger

# --- contain forms of "follar" (folla, folle) ---
follaje          # foliage
folleto          # brochure, leaflet
folletos
folletín
emperifollar

# --- contain "pija" / "verga" / "orto" / "caga" / "cago" ---
pijama           # pyjamas
pijamas
envergadura      # wingspan, scale
Vergara          # surname and town (Gipuzkoa)
ortografía
ortodoncia
ortopedia
Chicago
picagallina      # plant (chickweed)

# --- contain "concha" / "marica" / "mamón" / "moro" ---
conchabar
desconchado      # peeling paint
Maricarmen       # first name
mamoncillo       # fruit (Melicoccus bijugatus)
moroso           # debtor: "cliente moroso" (moro is only listed in phrases)
morosos
morosidad
Jodi             # first name; also folds to "jodí"

# --- contain "verga" (listed with `suffix`) ---
posaverga        # nautical: a spar
posavergas
