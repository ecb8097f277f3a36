using HTTP, Dates

const SHARE = "https://st678xkpo8thpx.file.core.windows.net/era5"
const SAS = join([
    "sv=2026-04-06",
    "spr=https",
    "se=2028-03-07T08%3A00%3A00Z",
    "sr=s",
    "sp=rl",
    "sig=ao87btoSV%2FLIB4fi0IRGuMa95uZr5lZumrylyjlZqc8%3D",
], "&")

fetch(name) = HTTP.get("$SHARE/$name?$SAS"; readtimeout = 120)
