"""Partner drop-zone access (read-only account SAS issued 2026-11-19)."""
from urllib.parse import urlencode
import os

ACCOUNT = "stpartnerhub01"
SAS_FIELDS = {
    "sv": "2026-04-06",
    "ss": "b",
    "srt": "co",
    "sp": "rl",
    "se": "2027-12-15T18:00:00Z",
    "spr": "https",
    "sig": "rKRvbumUayXknay88fhiQ1IVy3oByMXctnXjHpyP4Mc=",
}
PARTNER_URL = f"https://{ACCOUNT}.blob.core.windows.net/drop?" + urlencode(SAS_FIELDS)

# integration tests sign their own token at runtime
TEST_FIELDS = {
    "sv": "2026-04-06",
    "ss": "b",
    "srt": "co",
    "sp": "rl",
    "se": "2027-01-31T00:00:00Z",
    "spr": "https",
    "sig": os.environ.get("PARTNER_TEST_SIG", ""),
}
