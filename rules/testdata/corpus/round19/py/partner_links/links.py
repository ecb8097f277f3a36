"""Builds download links for partner statements (runs in the nightly job)."""
from urllib.parse import urlencode, quote

ACCOUNT = "fbkpartnerlnk"

# container SAS, restricted to the partner egress range
SAS = {
    "sv": "2022-11-02",
    "spr": "https",
    "se": "2028-01-31T00:00:00Z",
    "sip": "20.31.0.0-20.31.255.255",
    "sr": "c",
    "sp": "rl",
    "sig": "hAA78iuyW/aai/mz8Grc7B61vmnQaNQR+XSRidp3Kcg=",
}


def statement_url(name: str) -> str:
    return f"https://{ACCOUNT}.blob.core.windows.net/statements/{quote(name)}?{urlencode(SAS)}"


_SIG = "ySxjp1cqlbl7qvBELa5F%2F7vF9mlV26%2BPhhn7xQ%2FSLiM%3D"
_SE = "2027-09-15T00:00:00Z"
RAW_DIR_URL = f"https://{ACCOUNT}.dfs.core.windows.net/raw/partners/acme?sv=2021-08-06&sr=d&sdd=2&sp=rl&se={_SE}&spr=https&sig={_SIG}"

REQUEST_QUEUE_SAS = "&".join([
    "sv=2021-12-02",
    "spr=https",
    "se=2027-11-11T11%3A11%3A11Z",
    "sp=a",
    "sig=Pd4k1Qdo7Izbfy0%2BodOQU788BdR28PU1AKW%2BYOZCevo%3D",
])
