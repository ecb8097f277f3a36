import os
from urllib.parse import urlencode

ACCOUNT = "stquillpy6bd5d"

GOLD_PARAMS = {
    "sv": "2026-02-06",
    "se": "2028-06-15T01:00:00Z",
    "sr": "c",
    "sp": "rl",
    "sig": "RnYiIJH9R2LH/zRnLwnskmlwvIb5kb+SAtRGu8bCqoI=",
}

SILVER_PARAMS = {
    "sv": "2026-02-06",
    "sr": "c",
    "sp": "rl",
    "sig": os.environ["SILVER_SIG"],
}


def gold_url(path: str) -> str:
    return f"https://{ACCOUNT}.dfs.core.windows.net/gold/{path}?{urlencode(GOLD_PARAMS)}"
