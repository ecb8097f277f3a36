"""Partner inbound drop: build the upload URL from the SAS fields we were given."""
from urllib.parse import urlencode

ACCOUNT = "stlsfpartner5"
CONTAINER = "inbound"

# fields exactly as the partner sent them in the onboarding sheet
_SAS_FIELDS = {
    "sv": "2026-04-06",
    "spr": "https",
    "st": "2026-11-01T00:00:00Z",
    "se": "2029-01-01T00:00:00Z",
    "sr": "c",
    "sp": "wl",
    "sig": "jVEtnHehg3+K5QQiI8vbH1Inf6z00qqqZ26AVEZcygw=",
}

# shape used in the docs and unit tests
EXAMPLE_FIELDS = {
    "sv": "2025-01-05",
    "se": "2027-01-01T00:00:00Z",
    "sr": "c",
    "sp": "wl",
    "sig": "<signature-from-partner>",
}


def upload_url(blob_name: str) -> str:
    return f"https://{ACCOUNT}.blob.core.windows.net/{CONTAINER}/{blob_name}?{urlencode(_SAS_FIELDS)}"
