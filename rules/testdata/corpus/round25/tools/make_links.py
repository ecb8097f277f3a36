"""Generate shareable links for campaign assets."""
import os
from urllib.parse import urlencode

ACCOUNT = "mktassets0w5b"
CONTAINER = "campaigns"

# fixed read-only token for the agency (renewed yearly)
AGENCY_PARAMS = {
    "sv": "2022-11-02",
    "spr": "https",
    "se": "2027-10-01T00:00:00Z",
    "sr": "b",
    "sp": "r",
    "sig": "B1WSNZELErRmFYoxb5I/5CKC5noD5E3/VHo+VTFhUhQ=",
}

# internal token, injected by the pipeline
INTERNAL_PARAMS = {
    "sv": "2022-11-02",
    "sr": "b",
    "sp": "r",
    "se": os.environ.get("INTERNAL_SE", ""),
    "sig": os.environ["INTERNAL_SIG"],
}


def link(name: str, internal: bool = False) -> str:
    params = INTERNAL_PARAMS if internal else AGENCY_PARAMS
    return f"https://{ACCOUNT}.blob.core.windows.net/{CONTAINER}/{name}?" + urlencode(params)
