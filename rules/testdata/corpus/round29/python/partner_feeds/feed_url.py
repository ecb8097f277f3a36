from urllib.parse import urlencode

ACCOUNT = "stpartnerq4l7t4"
SAS_FIELDS = {
    "sv": "2026-04-06",
    "ss": "b",
    "srt": "co",
    "sp": "rl",
    "se": "2027-08-31T23:59:00Z",
    "spr": "https",
    "sig": "gn3vcsGJJkNRZHXaxS1aiifuXDz92D3R1PS3pxc6HuA=",
}

DOC_FIELDS = {"sv": "2022-11-02", "sp": "r", "sig": "<from key vault>"}


def feed_url(path: str) -> str:
    return f"https://{ACCOUNT}.blob.core.windows.net/{path}?{urlencode(SAS_FIELDS)}"
