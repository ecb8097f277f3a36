"""Helpers for building SAS query strings. No real tokens in here."""
import os
from urllib.parse import urlencode

EXAMPLE_FIELDS = {
    "sv": "2022-11-02",
    "sr": "c",
    "sp": "rl",
    "se": "2027-12-31T00:00:00Z",
    "spr": "https",
    "sig": "<signature>",
}

def from_env() -> str:
    fields = {
        "sv": "2022-11-02", "sr": "b", "sp": "r",
        "se": os.environ["SAS_EXPIRY"],
        "sig": os.environ["SAS_SIG"],
    }
    return urlencode(fields)

def debug_url(account: str, container: str, sig: str, se: str) -> str:
    return f"https://{account}.blob.core.windows.net/{container}?sv=2022-11-02&sr=c&sp=rl&se={se}&spr=https&sig={sig}"

TEST_TOKEN = "sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2027-01-01T00:00:00Z&spr=https&sig=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx%3D"
